package nl.wmoscorecards.core.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import nl.wmoscorecards.core.allocation.EvaluationResult;
import nl.wmoscorecards.core.allocation.MessageType;
import nl.wmoscorecards.core.allocation.NonAchievementCause;
import nl.wmoscorecards.core.escalation.LadderAction;
import nl.wmoscorecards.core.kpi.Band;
import nl.wmoscorecards.core.kpi.NotMeasured;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The codes are what stores, config, CSV, JSON Lines and the open data hold: a renamed constant must not change
 * them unnoticed, and each reads back as its constant.
 */
class CodedTest {

    static Stream<Arguments> vocabularies() {
        return Stream.of(
                Arguments.of(EvaluationResult.class, List.of("achieved", "partly", "not_achieved")),
                Arguments.of(NonAchievementCause.class, List.of("client", "provider", "local_team")),
                Arguments.of(MessageType.class, List.of("301", "305", "307", "evaluation")),
                Arguments.of(LadderAction.class, List.of("record-conversation", "record-plan", "assess-plan", "client-stop",
                        "engage-third-party", "resolve", "declare-default")),
                Arguments.of(Band.class, List.of("not_achieved", "achieved", "insufficient", "sufficient", "good")),
                Arguments.of(NotMeasured.Reason.class, List.of("before-contract-phase", "after-contract-phase",
                        "too-few-clients-in-care", "too-few-clients-observed", "too-few-respondents")));
    }

    @ParameterizedTest
    @MethodSource("vocabularies")
    <E extends Enum<E> & Coded> void everyConstantKeepsItsStoredCodeAndReadsBack(Class<E> type, List<String> codes) {
        assertThat(Arrays.stream(type.getEnumConstants()).map(Coded::code)).containsExactlyElementsOf(codes);
        for (E constant : type.getEnumConstants()) {
            assertThat(Coded.byCode(type, constant.code())).contains(constant);
            assertThat(Coded.index(type)).containsEntry(constant.code(), constant);
        }
    }

    @Test
    void anUnknownOrMissingCodeIsNoConstant() {
        assertThat(EvaluationResult.fromCode("ACHIEVED")).isEmpty();
        assertThat(NonAchievementCause.fromCode(null)).isEmpty();
        assertThat(MessageType.fromCode("306")).isEmpty();
        assertThatThrownBy(() -> Band.fromCode("behaald")).hasMessage("unknown band 'behaald'");
        assertThatThrownBy(() -> NotMeasured.Reason.fromCode("too_few_respondents"))
                .hasMessage("unknown not-measured reason 'too_few_respondents'");
    }
}
