package example.mentoring.notification;

import example.mentoring.aws.AwsClients;
import example.mentoring.aws.Environment;
import example.mentoring.aws.Setting;
import example.mentoring.notification.email.RenderedEmail;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import software.amazon.awssdk.services.sesv2.SesV2Client;
import software.amazon.awssdk.services.sesv2.model.LimitExceededException;
import software.amazon.awssdk.services.sesv2.model.MessageHeader;
import software.amazon.awssdk.services.sesv2.model.SendEmailRequest;
import software.amazon.awssdk.services.sesv2.model.TooManyRequestsException;

/**
 * Sends a rendered email through SES v2 as Simple content (text and HTML bodies), from the
 * program's name and address. The only class that knows SES.
 */
public final class SesMailer implements Mailer {

    private final SesV2Client ses;
    private final String from;
    private final Optional<String> configurationSet;

    public SesMailer(AwsClients aws) {
        Environment environment = aws.environment();
        this.ses = aws.ses();
        this.from = fromAddress(environment.required(Setting.PROGRAM_NAME), environment.required(Setting.SENDER_EMAIL));
        this.configurationSet = environment.optional(Setting.SES_CONFIGURATION_SET);
    }

    /** {@code "Program" <address>}, the name MIME-encoded when it is not plain ASCII. */
    static String fromAddress(String displayName, String address) {
        String name = displayName.replaceAll("[\"\\\\\\r\\n]", "").strip();
        boolean ascii = StandardCharsets.US_ASCII.newEncoder().canEncode(name);
        String encoded = ascii ? "\"" + name + "\""
                : "=?UTF-8?B?" + Base64.getEncoder().encodeToString(name.getBytes(StandardCharsets.UTF_8)) + "?=";
        return encoded + " <" + address + ">";
    }

    /** Sends; the SES message id. Throws on any refusal or transport failure. */
    @Override
    public String send(String recipient, RenderedEmail email) {
        SendEmailRequest.Builder request = SendEmailRequest.builder()
                .fromEmailAddress(from)
                .destination(d -> d.toAddresses(recipient))
                .content(c -> c.simple(m -> m
                        .subject(s -> s.data(email.subject()).charset("UTF-8"))
                        .body(b -> b.text(t -> t.data(email.text()).charset("UTF-8"))
                                .html(h -> h.data(email.html()).charset("UTF-8")))
                        .headers(email.headers().entrySet().stream()
                                .map(h -> MessageHeader.builder().name(h.getKey()).value(h.getValue()).build())
                                .toList())));
        configurationSet.ifPresent(request::configurationSetName);
        try {
            return ses.sendEmail(request.build()).messageId();
        } catch (TooManyRequestsException | LimitExceededException slowDown) {
            throw new Throttled(slowDown);
        }
    }
}
