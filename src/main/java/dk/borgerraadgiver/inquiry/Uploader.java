package dk.borgerraadgiver.inquiry;

/**
 * Who an upload comes from, as the upload quotas count it.
 *
 * @param client  the client address key ({@code ClientAddress.current()})
 * @param session the browser session's id
 */
public record Uploader(String client, String session) {
}
