package io.kehoach.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class KehoachModuleServiceTest {

  @Test
  void findAndRegisterModules_registersKehoachModule() {
    ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
    assertThat(mapper.getRegisteredModuleIds()).anySatisfy(id -> assertThat(String.valueOf(id)).contains("kehoach"));
  }
}
