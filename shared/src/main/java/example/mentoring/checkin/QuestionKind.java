package example.mentoring.checkin;

/** How a question is answered: a 1–5 scale, one of its options, or free text. */
public enum QuestionKind {
    SCALE_1_5, CHOICE, TEXT
}
