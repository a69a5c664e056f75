#!/usr/bin/env bash
# Builds the installable console: a runtime made by jlink (only the JDK modules the console needs), an app image
# made by jpackage with a class-data sharing archive trained on its own start, and the package of this machine:
# a .deb on Linux (x86_64 or arm64, whichever this machine is), an .msi on Windows (Git Bash, with WiX 3 on the PATH).
#
#   installer/build.sh                 build the jar (mvn package), then the image and the package
#   installer/build.sh --no-maven      use target/bee-console.jar and target/lib as they are (CI, after mvn verify)
#   installer/build.sh --image-only    stop after the app image (no package)
#   MAVEN_OFFLINE=1 installer/build.sh mvn package offline (-o), as on the developers' machines
#
# Out: target/installer/image/<image>, target/installer/package/<package>. Needs JDK 17 (jlink, jpackage); on
# Linux fakeroot and binutils (objcopy) for the .deb, and a display or xvfb-run to train the start-up archive
# (without one the image is made without it, and says so).
set -euo pipefail
cd "$(dirname "$0")/.."

maven=1
package=1
for arg in "$@"; do
  case "$arg" in
    --no-maven) maven=0 ;;
    --image-only) package=0 ;;
    *) echo "usage: installer/build.sh [--no-maven] [--image-only]" >&2; exit 2 ;;
  esac
done

NAME=bee-console
MAIN_CLASS=org.dianmifeng.console.app.Main
# The console's start-up probe (app/StartupMark): writes when the sign-in shows, then ends.
PROBE=bee.console.startupMark
# One upgrade code for every version of the Windows package, so that a newer .msi replaces the older one.
WIN_UPGRADE_UUID=5b1f8a52-3c4e-4d2a-9a61-7f0e2c9d4b17
# The JDK modules the console uses (jdeps on each jar: it cannot read POI and jOOQ as a whole). java.scripting:
# FXML; jdk.unsupported: JavaFX and H2; jdk.localedata with zh and en only: dates and collation in Chinese.
MODULES=java.base,java.desktop,java.logging,java.management,java.naming,java.scripting,java.sql,java.transaction.xa,java.xml,jdk.unsupported,jdk.localedata,jdk.charsets,jdk.crypto.ec
JAVA_OPTIONS=(-Dorg.jooq.no-logo=true -Dorg.jooq.no-tips=true -Dfile.encoding=UTF-8)

case "$(uname -s)" in
  Linux) os=linux ;;
  MINGW*|MSYS*|CYGWIN*) os=windows ;;
  *) echo "installer/build.sh: packages are made on Linux (.deb) and Windows (.msi), not on $(uname -s)" >&2; exit 1 ;;
esac

if (( maven )); then
  mvn -B -q ${MAVEN_OFFLINE:+-o} package -DskipTests
fi
manifest=$(mktemp -d)
(cd "$manifest" && jar xf "$OLDPWD/target/bee-console.jar" META-INF/MANIFEST.MF)
version=$(tr -d '\r' < "$manifest/META-INF/MANIFEST.MF" | sed -n 's/^Implementation-Version: //p')
rm -rf "$manifest"
[[ "$version" =~ ^[0-9]+\.[0-9]+\.[0-9]+$ ]] || { echo "installer/build.sh: the version '$version' is not x.y.z" >&2; exit 1; }

out=target/installer
rm -rf "$out"
mkdir -p "$out/input" "$out/image" "$out/package"
# The jar and its libraries, as mvn package laid them out (the jar's manifest names lib/…); JavaFX's jars are those
# of this machine (Maven picks linux, linux-aarch64 or win), on the class path as in development.
cp target/bee-console.jar "$out/input/"
cp -r target/lib "$out/input/lib"

echo "jlink: $MODULES"
strip=()
[[ $os == linux ]] && strip=(--strip-native-debug-symbols=exclude-debuginfo-files)  # objcopy (binutils)
jlink --add-modules "$MODULES" --include-locales=zh,en --strip-debug ${strip[@]+"${strip[@]}"} --no-header-files \
  --no-man-pages --compress=2 --generate-cds-archive --output "$out/runtime"
# the JDK's archive for heaps of 32 GB and more: never used by the console
rm -f "$out/runtime/lib/server/classes_nocoops.jsa"

common=(--name "$NAME" --app-version "$version" --vendor "Bee Console"
  --description "电蜜蜂文明实践管理台 Bee Console"
  --copyright "Bee Console")
if [[ $os == windows ]]; then
  icon=(--icon installer/windows/bee-console.ico)
  launchers=(--add-launcher bee-console-cli=installer/windows/bee-console-cli.properties)
else
  launchers=()
  icon=(--icon resources/icons/bee-console.png)
fi

jpackage --type app-image "${common[@]}" "${icon[@]}" ${launchers[@]+"${launchers[@]}"} --runtime-image "$out/runtime" --input "$out/input" \
  --main-jar bee-console.jar --main-class "$MAIN_CLASS" --dest "$out/image" \
  $(printf -- '--java-options %s ' "${JAVA_OPTIONS[@]}")

if [[ $os == windows ]]; then
  image="$out/image/$NAME"; launcher="$image/$NAME.exe"; appdir="$image/app"
else
  image="$out/image/$NAME"; launcher="$image/bin/$NAME"; appdir="$image/lib/app"
fi

# Class-data sharing: start the image's own launcher once on a throwaway data folder until the sign-in shows, listing
# the classes it loads (lib/app/bee-console.classlist). From that list an archive of those classes is made where the
# console is installed (JDK 17 ties it to the jars' paths): by installer/linux/bee-console-cds, which the .deb's
# postinst runs and which runs here for the image; the launcher maps it at every start.
train() {
  local data mark
  data=$(mktemp -d)
  mark="$data/shown"
  "$launcher" demo --data "$data/demo" --people 50 >/dev/null
  JAVA_TOOL_OPTIONS="-XX:DumpLoadedClassList=$appdir/$NAME.classlist -D$PROBE=$mark" \
    timeout 120 "$@" "$launcher" --data "$data/demo" >/dev/null 2>&1 || true
  local ok=0
  [[ -s "$mark" && -s "$appdir/$NAME.classlist" ]] && ok=1
  rm -rf "$data"
  (( ok ))
}
cds=0
if [[ $os == windows ]]; then
  : # JDK 17 ties the archive to the install path, which a per-user .msi chooses: Windows starts without one
elif [[ -n "${DISPLAY:-}" ]]; then
  train && cds=1
elif command -v xvfb-run >/dev/null; then
  train xvfb-run -a -s "-screen 0 1366x900x24" && cds=1
fi
if (( cds )) && [[ $os == linux ]]; then
  # $APPDIR is the launcher's own app folder, wherever the package put it; without the archive (not made yet, or
  # made for another place) the JVM starts without it, silently
  printf '%s\n' "java-options=-XX:SharedArchiveFile=\$APPDIR/$NAME.jsa" "java-options=-Xshare:auto" \
    "java-options=-Xlog:cds=off" "java-options=-Xlog:cds+dynamic=off" >> "$appdir/$NAME.cfg"
  cp installer/linux/bee-console-cds "$image/lib/"
  "$image/lib/bee-console-cds"
  echo "start-up class list: $(wc -l < "$appdir/$NAME.classlist") classes; archive for the image: $(du -h "$appdir/$NAME.jsa" | cut -f1)"
else
  rm -f "$appdir/$NAME.classlist"
  if [[ $os == linux ]]; then
    echo "installer/build.sh: no display and no xvfb-run: the image has no start-up archive (it starts slower)" >&2
  fi
fi

if (( ! package )); then
  echo "image: $image"
  exit 0
fi

if [[ $os == windows ]]; then
  jpackage --type msi "${common[@]}" --app-image "$image" --dest "$out/package" \
    --win-per-user-install --win-menu --win-menu-group "Bee Console" --win-shortcut \
    --win-upgrade-uuid "$WIN_UPGRADE_UUID"
else
  # The menu entry (Chinese and English names, category Office) and the bee-console command on the PATH come from
  # installer/linux: jpackage fills their placeholders.
  jsa_aside=$(mktemp -d)
  mv "$appdir/$NAME.jsa" "$jsa_aside/" 2>/dev/null || true
  jpackage --type deb "${common[@]}" "${icon[@]}" --app-image "$image" --dest "$out/package" \
    --resource-dir installer/linux --install-dir /opt \
    --linux-package-name "$NAME" --linux-menu-group "Office" --linux-app-category office --linux-shortcut \
    --linux-deb-maintainer "bee-console@dianmifeng.org" \
    --linux-package-deps "libgtk-3-0, fonts-wqy-microhei | fonts-noto-cjk | fonts-wqy-zenhei"
  mv "$jsa_aside/$NAME.jsa" "$appdir/" 2>/dev/null || true
  rmdir "$jsa_aside"
fi
ls -l "$out/package"
