package example.mentoring.link;

import java.util.Optional;

/** Where signing keys come from: the current one signs, any key still honoured verifies. */
public interface SigningKeys {

    SigningKey current();

    /** The key with this id, if it is the current or the previous version. */
    Optional<SigningKey> find(String kid);
}
