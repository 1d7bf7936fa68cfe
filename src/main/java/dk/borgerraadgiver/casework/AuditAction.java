package dk.borgerraadgiver.casework;

/** What a member of staff did that the audit log records. */
public enum AuditAction {
    CASE_OPENED, CASE_CHANGED, ATTACHMENT_DOWNLOADED, MESSAGE_SENT, CASE_LIST_OPENED, EXPORTED, IMPORTED, ACCESS_LOG_VIEWED
}
