package example.mentoring.match;

import example.mentoring.application.Application;
import example.mentoring.matching.Participant;
import example.mentoring.matching.Preferences;

/** An application as the matching engine sees it: the fields scoring and eligibility use, nothing else. */
final class Participants {

    private Participants() {
    }

    static Participant of(Application a) {
        return new Participant(a.applicationId(), a.email(), a.institution(), a.libraryType(), a.region(),
                a.yearsExperience(), a.interests(), a.gender().orElse(null), a.raceEthnicity(),
                new Preferences(a.preferences().region(), a.preferences().gender(), a.preferences().raceEthnicity()),
                a.isMentor() ? a.mentorCapacity() : 0);
    }
}
