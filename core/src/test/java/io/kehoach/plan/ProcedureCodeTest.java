package io.kehoach.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kehoach.MalformedInputException;
import org.junit.jupiter.api.Test;

class ProcedureCodeTest {

  @Test
  void parse_nationalCode_hasNoSuffix() {
    ProcedureCode c = ProcedureCode.parse("1.001612");
    assertThat(c.getCode()).isEqualTo("1.001612");
    assertThat(c.getAgencySuffix()).isEmpty();
    assertThat(c).hasToString("1.001612");
  }

  @Test
  void parse_localInstance_keepsAgencySuffix() {
    ProcedureCode c = ProcedureCode.parse(" 1.011442.000.00.00.H38 ");
    assertThat(c.getCode()).isEqualTo("1.011442");
    assertThat(c.getAgencySuffix()).contains("000.00.00.H38");
    assertThat(ProcedureCode.parse(c.toString())).isEqualTo(c);
  }

  @Test
  void parse_wrongShape_isRejected() {
    assertThatThrownBy(() -> ProcedureCode.parse("1.0016")).isInstanceOf(MalformedInputException.class);
    assertThatThrownBy(() -> ProcedureCode.parse("G03-GD10")).isInstanceOf(MalformedInputException.class);
  }
}
