package io.kehoach.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.kehoach.plan.Plan;
import io.kehoach.validation.PlanValidator;
import io.kehoach.validation.SharedPlans;
import jakarta.validation.Validation;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Supplier;
import org.hibernate.validator.HibernateValidator;
import org.junit.jupiter.api.Test;

/** Creating a validator and validating with it does not bootstrap Hibernate Validator. */
class ColdStartTest {

  /** Run in a class loader of its own: creates a validator and validates a plan. */
  public static final class Run implements Supplier<String> {
    @Override
    public String get() {
      return PlanValidator.create().validate(SharedPlans.validBuilder().subject(" ").build()).getFindings()
          .toString();
    }
  }

  private static final class Isolated extends URLClassLoader {
    Isolated(URL[] urls) {
      // Not the platform loader: it finds the classes of the modules of the test's own layer.
      super(urls, null);
    }

    boolean loaded(String name) {
      return findLoadedClass(name) != null;
    }
  }

  @Test
  void createAndValidate_doesNotBootstrapHibernateValidator() throws Exception {
    Set<URL> urls = new LinkedHashSet<>();
    for (Class<?> c : new Class<?>[] {Plan.class, PlanValidator.class, SharedPlans.class, Validation.class,
        HibernateValidator.class}) {
      urls.add(c.getProtectionDomain().getCodeSource().getLocation());
    }
    try (Isolated loader = new Isolated(urls.toArray(URL[]::new))) {
      @SuppressWarnings("unchecked")
      Supplier<String> run = (Supplier<String>) loader.loadClass(Run.class.getName()).getConstructor().newInstance();
      assertThat(run.get()).contains("value.required", "/subject");
      assertThat(loader.loaded(PlanValidator.class.getName())).isTrue();
      assertThat(loader.loaded(HibernateValidator.class.getName())).isFalse();
      assertThat(loader.loaded("org.hibernate.validator.internal.engine.ValidatorFactoryImpl")).isFalse();
      assertThat(loader.loaded(Validation.class.getName())).isFalse();
      assertThat(loader.loaded(HibernateConstraints.class.getName())).isFalse();
    }
  }
}
