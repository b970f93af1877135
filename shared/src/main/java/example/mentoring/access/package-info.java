/**
 * Who is asking: the {@link example.mentoring.access.Principal} that services check rights
 * against. Plain data; the HTTP edge reads it from the authorizer's claims ({@code http.Caller}).
 */
package example.mentoring.access;
