# Sourced by the benchmark scripts (source "$(dirname "${BASH_SOURCE[0]}")/common.sh" NAME): the project's folder
# and version, the corpus generator (MAKECORPUS=, by default in ../shared/bench/), the work folder (WORK=, by
# default a new /tmp/NAME.XXXXXX), and a UTF-8 locale, without which Java cannot name files such as tags/红色物业/.
# MVN_OPTS_EXTRA= adds options to every Maven call of the scripts (split at spaces), e.g.
# MVN_OPTS_EXTRA=-Dmaven.repo.local=/work/m2-bench to install and build against a local repository of its own.
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
MAKECORPUS="${MAKECORPUS:-$ROOT/../shared/bench/MakeCorpus.java}"
WORK="${WORK:-$(mktemp -d "/tmp/$1.XXXXXX")}"
export LANG="${LANG:-C.UTF-8}"
mkdir -p "$WORK"
[ -f "$MAKECORPUS" ] || { echo "MakeCorpus.java not found at $MAKECORPUS (set MAKECORPUS=…)" >&2; exit 2; }
read -ra MVN_EXTRA <<< "${MVN_OPTS_EXTRA:-}"
VERSION="$(sed -n 's:^  <version>\(.*\)</version>:\1:p' "$ROOT/pom.xml" | head -1)"

# installs the core and the plugin into the local repository, so that `mvn …:build` runs this code
install_plugin() {
  # -am: the parent pom too, which a fresh local repository lacks
  mvn "${MVN_EXTRA[@]}" -q -B -f "$ROOT/pom.xml" install -DskipTests -Dinvoker.skip=true -pl core,maven-plugin -am >&2
}

# /usr/bin/time, which the scripts that time whole processes use
need_time() {
  command -v /usr/bin/time >/dev/null || { echo "needs /usr/bin/time (apt-get install time)" >&2; exit 2; }
}
