package dk.borgerraadgiver.casework;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CitizenKeysTest {

    private final CitizenKeys keys = new CitizenKeys(new CaseworkProperties("a-secret-of-some-length"));

    @Test
    void the_same_person_written_differently_gets_the_same_key() {
        assertThat(keys.keyFor("010190-1234")).isEqualTo(keys.keyFor(" 0101901234 "));
        assertThat(keys.keyFor("Karen@Example.dk")).isEqualTo(keys.keyFor("karen@example.dk"));
        assertThat(keys.keyFor("+45 20 30 40 50")).isEqualTo(keys.keyFor("20304050"));
    }

    @Test
    void different_people_get_different_keys_that_do_not_contain_the_identifier() {
        var key = keys.keyFor("0101901234");

        assertThat(key).hasSize(16).doesNotContain("0101901234");
        assertThat(key).isNotEqualTo(keys.keyFor("0101901235"));
        assertThat(key).isNotEqualTo(new CitizenKeys(new CaseworkProperties("another-secret-entirely")).keyFor("0101901234"));
    }
}
