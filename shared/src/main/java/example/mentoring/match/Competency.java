package example.mentoring.match;

import java.util.Arrays;
import java.util.List;

/** The seven areas of the ALSC competencies for librarians serving children: what a goal works on. */
public enum Competency {
    COMMITMENT_TO_CLIENT_GROUP,
    REFERENCE_AND_USER_SERVICES,
    PROGRAMMING_SKILLS,
    MATERIALS_KNOWLEDGE_CURATION_MANAGEMENT,
    OUTREACH_AND_ADVOCACY,
    ADMINISTRATION_AND_MANAGEMENT,
    PROFESSIONALISM_AND_PROFESSIONAL_DEVELOPMENT;

    public static final List<String> NAMES = Arrays.stream(values()).map(Enum::name).toList();
}
