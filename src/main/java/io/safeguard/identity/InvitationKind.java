package io.safeguard.identity;

/** What an invitation link lets its holder do. The inviter is not told which kind a link is. */
public enum InvitationKind {
    /** Set the first password of an account nobody has signed in with, and so join the inviting organization. */
    SET_PASSWORD,
    /** Join with an existing account: works only for someone signed in as that account. */
    JOIN
}
