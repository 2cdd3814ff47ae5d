-- An invitation no longer makes an existing account a member at once: the membership waits (status INVITED) until
-- the account holder accepts it, signed in and holding the link the inviter sent. Links say what they allow: setting
-- the first password of a new account, or joining with an existing one.
ALTER TABLE identity.membership ADD COLUMN status VARCHAR(20) NOT NULL DEFAULT 'ACTIVE';
UPDATE identity.membership SET status = 'INVITED'
WHERE account_id IN (SELECT id FROM identity.account WHERE status = 'INVITED');

ALTER TABLE identity.invitation ADD COLUMN kind VARCHAR(20) NOT NULL DEFAULT 'SET_PASSWORD';
-- Set when a link is withdrawn without being used: its account set a password through another link, the invitation
-- was declined, or the member was removed.
ALTER TABLE identity.invitation ADD COLUMN closed_at TIMESTAMP WITH TIME ZONE;
CREATE INDEX invitation_account ON identity.invitation (account_id);

-- Links issued under the earlier rules are closed where they could now do harm:
-- a link of an account that already has a password (it would reset that password) ...
UPDATE identity.invitation SET closed_at = CURRENT_TIMESTAMP
WHERE accepted_at IS NULL
  AND account_id IN (SELECT id FROM identity.account WHERE status <> 'INVITED');
-- ... and a link of an organization that no longer invites the account, or that another organization invited first
-- (the second organization could set the password and so enter the first).
UPDATE identity.invitation SET closed_at = CURRENT_TIMESTAMP
WHERE accepted_at IS NULL AND closed_at IS NULL
  AND (NOT EXISTS (SELECT 1 FROM identity.membership m
                   WHERE m.account_id = identity.invitation.account_id
                     AND m.tenant_id = identity.invitation.tenant_id)
       OR EXISTS (SELECT 1 FROM identity.membership earlier, identity.membership m
                  WHERE m.account_id = identity.invitation.account_id
                    AND m.tenant_id = identity.invitation.tenant_id
                    AND earlier.account_id = m.account_id
                    AND earlier.tenant_id <> m.tenant_id
                    AND earlier.created_at <= m.created_at));
