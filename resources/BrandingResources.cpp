// gluteguide_branding holds no code, only the resources qt_add_resources() attaches to it (see
// CMakeLists.txt); a static library needs at least one source file, and this is it.
