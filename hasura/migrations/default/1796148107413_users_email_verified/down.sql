DROP INDEX public.users_unlinked_email_idx;
CREATE INDEX users_unlinked_email_idx ON public.users (lower(email)) WHERE cardholder_id IS NULL;
ALTER TABLE public.users DROP COLUMN email_verified;
