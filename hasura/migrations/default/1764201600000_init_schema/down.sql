DROP TABLE IF EXISTS public.transactions;
DROP TABLE IF EXISTS public.authorizations;
DROP TABLE IF EXISTS public.cards;
DROP TABLE IF EXISTS public.cardholders;
DROP TABLE IF EXISTS public.users;
DROP TABLE IF EXISTS public.stripe_events;
