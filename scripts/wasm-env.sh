# Sourced by the build: when install-tools.sh fell back to Debian's toolchain for the
# WebAssembly target, put it first on PATH and build the standard library from source.
WASM_BUILD_STD=()
if [ -d "$(dirname "${BASH_SOURCE[0]}")/../target/debian-toolchain" ]; then
  export PATH="$(cd "$(dirname "${BASH_SOURCE[0]}")/../target/debian-toolchain" && pwd):$PATH"
  export RUSTC_BOOTSTRAP=1
  WASM_BUILD_STD=(-Zbuild-std=std,panic_abort)
fi
