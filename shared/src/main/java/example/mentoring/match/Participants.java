package example.mentoring.match;

import example.mentoring.application.Application;
import example.mentoring.matchengine.Participant;

/** An application as the matching engine sees it: the fields scoring and eligibility use, nothing else. */
final class Participants {

    private Participants() {
    }

    static Participant of(Application a) {
        return new Participant(a.applicationId(), a.email(), a.institution(), a.libraryType(), a.region(),
                a.yearsExperience(), a.interests(), a.gender().orElse(null), a.raceEthnicity(),
                a.preferences(),
                a.isMentor() ? a.mentorCapacity() : 0, a.priority());
    }
}
