package io.safeguard.shared;

/** What an account may do inside one organization. Roles grant permissions; pages and endpoints ask for them. */
public enum Permission {
    /** Read the organization's program data. */
    VIEW,
    /** Create and change program data (inventory, risks, evidence, incidents ...). */
    EDIT,
    /** Change the organization's profile, officials, sites and sign-in policy. */
    MANAGE_ORGANIZATION,
    /** Add and remove members and change their roles. */
    MANAGE_MEMBERS,
    /** Browse the activity trail (164.312(b) audit controls applied to Safeguard itself). */
    VIEW_ACTIVITY
}
