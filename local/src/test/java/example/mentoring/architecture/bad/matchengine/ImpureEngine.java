package example.mentoring.architecture.bad.matchengine;

import example.mentoring.architecture.bad.post.Drafts;
import software.amazon.awssdk.regions.Region;

/** An engine that is not pure: it reads the environment, knows a region, and uses a feature package. */
public final class ImpureEngine {

    private ImpureEngine() {
    }

    public static String region() {
        return System.getenv("AWS_REGION") + Region.US_EAST_1 + Drafts.class.getName();
    }
}
