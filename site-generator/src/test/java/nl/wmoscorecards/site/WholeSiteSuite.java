package nl.wmoscorecards.site;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * A suite that generates whole sites, seconds per class: the tier tagged {@code slow}, which `mvn verify` runs after
 * the quick tests (README, "Tests"), so `mvn -pl functions -am test` does not wait for it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("slow")
@interface WholeSiteSuite {
}
