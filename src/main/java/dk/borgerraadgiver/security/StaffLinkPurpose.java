package dk.borgerraadgiver.security;

/** Why a member of staff got a link to choose a password. */
public enum StaffLinkPurpose {
    /** A new account: the link is valid for 72 hours. */
    INVITATION,
    /** "Forgot password" or an administrator's reset: valid for one hour. */
    PASSWORD_RESET
}
