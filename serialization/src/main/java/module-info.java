/**
 * The native formats of kehoach plans: JSON and YAML carrying the same tree, versioned, described
 * by a JSON Schema, and safe on hostile input. Built on Jackson 2; the model in core knows nothing
 * of it.
 */
module io.kehoach.serialization {
  requires transitive io.kehoach.core;
  requires transitive com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.dataformat.yaml;
  requires com.fasterxml.jackson.datatype.jdk8;
  requires org.yaml.snakeyaml;
  requires static org.jspecify;
  requires static org.immutables.value.annotations;

  exports io.kehoach.json;
  // findAndRegisterModules() finds the module on the module path and, through META-INF/services, on the class path.
  provides com.fasterxml.jackson.databind.Module with io.kehoach.json.KehoachModule;
  // Jackson instantiates the (de)serializers of the module reflectively.
  exports io.kehoach.json.internal to com.fasterxml.jackson.databind;
}
