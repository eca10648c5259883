-- A new cardholder is linked to an existing user by e-mail only when that user's e-mail is
-- verified. The sign-in provider sets email_verified once the user proved they own the address
-- (an OIDC provider's `email_verified` claim); until then a cardholder created with the same
-- address gets a user of its own. Existing users start unverified: nothing recorded so far says
-- their address was proven.
ALTER TABLE public.users ADD COLUMN email_verified boolean NOT NULL DEFAULT false;

-- The linking lookup reads only unlinked, verified users.
DROP INDEX public.users_unlinked_email_idx;
CREATE INDEX users_unlinked_email_idx ON public.users (lower(email)) WHERE cardholder_id IS NULL AND email_verified;
