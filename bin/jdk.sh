# Sourced by ./run-local and .ci/run: makes JAVA_HOME point at a JDK 21 or newer, or stops with a clear message.
# Looks at $JAVA_HOME, then the `java` on PATH, then the JDKs under /usr/lib/jvm and /opt.

jdk_major() { # prints the major version of the java binary $1, or nothing
  "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p' | head -n 1
}

pick_jdk() {
  local candidate major
  for candidate in "${JAVA_HOME:-}" "$(dirname "$(dirname "$(readlink -f "$(command -v java 2>/dev/null || echo /nonexistent)")")" 2>/dev/null)" \
      /usr/lib/jvm/* /opt/java/* /opt/jdk*; do
    [ -n "$candidate" ] && [ -x "$candidate/bin/java" ] && [ -x "$candidate/bin/javac" ] || continue
    major=$(jdk_major "$candidate/bin/java")
    if [ -n "$major" ] && [ "$major" -ge 21 ]; then
      echo "$candidate"
      return 0
    fi
  done
  return 1
}

if found=$(pick_jdk); then
  export JAVA_HOME="$found"
  export PATH="$JAVA_HOME/bin:$PATH"
else
  echo "Interpreter Line needs a JDK 21 or newer, and none was found (JAVA_HOME='${JAVA_HOME:-}', java on PATH: $(java -version 2>&1 | head -n 1))." >&2
  echo "Install one (for example: apt-get install openjdk-21-jdk) or set JAVA_HOME to it, then run again." >&2
  exit 1
fi
