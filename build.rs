//! Build script: finds the installed nbdkit version (nbdkit refuses a filter
//! whose `_version` is not exactly its own) and writes the C header of what
//! the library exports.
//!
//! The version is always the installed nbdkit's: `src/ffi.rs` mirrors the
//! layout of the installed `<nbdkit-filter.h>`, which `tests/abi.rs` checks,
//! so stamping another version onto it would make nbdkit load a struct of
//! a layout nobody checked.

use std::env;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

/// An override this build once took; now refused with an explanation.
const OLD_OVERRIDE: &str = "MULTICONN_NBDKIT_VERSION";

fn main() {
    println!("cargo:rerun-if-env-changed={OLD_OVERRIDE}");
    if let Ok(v) = env::var(OLD_OVERRIDE) {
        panic!(
            "\n\nmulticonn: {OLD_OVERRIDE}={v} is not supported: the filter is built for \
             the installed nbdkit, whose <nbdkit-filter.h> layout the tests check.  To \
             build for another nbdkit, install that nbdkit's development files \
             (nbdkit-plugin-dev) and unset {OLD_OVERRIDE}.\n\n"
        );
    }
    println!("cargo:rerun-if-changed=src");
    println!("cargo:rerun-if-changed=cbindgen.toml");
    println!("cargo:rerun-if-changed=/usr/include/nbdkit-version.h");

    let version = nbdkit_version().unwrap_or_else(|why| {
        panic!(
            "\n\nmulticonn: cannot find the nbdkit version ({why}).\n\
             Install nbdkit's development files (Debian/Ubuntu: apt-get install \
             nbdkit-plugin-dev; Fedora: dnf install nbdkit-devel).\n\n"
        )
    });
    println!("cargo:rustc-env=MULTICONN_NBDKIT_VERSION={version}");

    // Tests and benchmarks load the .so with libloading and provide the
    // nbdkit_* functions it needs from their own executable.
    println!("cargo:rustc-link-arg-tests=-Wl,--export-dynamic");
    println!("cargo:rustc-link-arg-benches=-Wl,--export-dynamic");

    write_header();
}

fn nbdkit_version() -> Result<String, String> {
    if let Ok(out) = Command::new("pkg-config")
        .args(["--modversion", "nbdkit"])
        .output()
    {
        let v = String::from_utf8_lossy(&out.stdout).trim().to_owned();
        if out.status.success() && !v.is_empty() {
            return Ok(v);
        }
    }
    let header = Path::new("/usr/include/nbdkit-version.h");
    let text = fs::read_to_string(header)
        .map_err(|e| format!("pkg-config nbdkit failed and {}: {e}", header.display()))?;
    text.lines()
        .find_map(|l| {
            l.strip_prefix("#define NBDKIT_VERSION_STRING")
                .map(|rest| rest.trim().trim_matches('"').to_owned())
        })
        .ok_or_else(|| format!("no NBDKIT_VERSION_STRING in {}", header.display()))
}

/// Regenerate include/multiconn.h, touching it only when it changes.
fn write_header() {
    let dir = PathBuf::from(env::var("CARGO_MANIFEST_DIR").expect("set by cargo"));
    let out = dir.join("include/multiconn.h");
    let bindings = match cbindgen::generate(&dir) {
        Ok(b) => b,
        Err(e) => {
            println!("cargo:warning=cbindgen could not generate the header: {e}");
            return;
        }
    };
    let mut text = Vec::new();
    bindings.write(&mut text);
    if fs::read(&out).ok().as_deref() != Some(&text[..]) {
        fs::create_dir_all(out.parent().expect("include/")).expect("create include/");
        fs::write(&out, text).expect("write include/multiconn.h");
    }
}
