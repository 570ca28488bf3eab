//! Build script: generates the Rust view of nbdkit's C interface from the
//! `<nbdkit-filter.h>` that `pkg-config nbdkit` points at
//! (`build/interface.rs` says how and why), and writes the C header of what
//! the library exports.
//!
//! The filter is built for exactly one nbdkit: nbdkit refuses a filter whose
//! `_version` is not its own, and the structs' layout differs between
//! releases.  To build for another nbdkit, point `PKG_CONFIG_PATH` at its
//! `lib/pkgconfig` (and use a separate `CARGO_TARGET_DIR`).

#[path = "build/interface.rs"]
#[allow(dead_code)]
mod interface;

use std::env;
use std::fs;
use std::path::PathBuf;
use std::process::Command;

/// An override this build once took; now refused with an explanation.
const OLD_OVERRIDE: &str = "MULTICONN_NBDKIT_VERSION";

fn main() {
    println!("cargo:rerun-if-env-changed={OLD_OVERRIDE}");
    if let Ok(v) = env::var(OLD_OVERRIDE) {
        panic!(
            "\n\nmulticonn: {OLD_OVERRIDE}={v} is not supported: the filter is built for \
             the nbdkit whose <nbdkit-filter.h> the build finds, and takes its layout and \
             version from that header.  To build for another nbdkit, point PKG_CONFIG_PATH \
             at that nbdkit's lib/pkgconfig and unset {OLD_OVERRIDE}.\n\n"
        );
    }
    for var in [
        "PKG_CONFIG_PATH",
        "PKG_CONFIG_LIBDIR",
        "PKG_CONFIG_SYSROOT_DIR",
        "CC",
    ] {
        println!("cargo:rerun-if-env-changed={var}");
    }
    println!("cargo:rerun-if-changed=build/interface.rs");
    println!("cargo:rerun-if-changed=src");
    println!("cargo:rerun-if-changed=cbindgen.toml");

    let out = PathBuf::from(env::var("OUT_DIR").expect("set by cargo"));
    let headers = interface::Headers {
        cflags: nbdkit_cflags(),
        cc: env::var("CC").unwrap_or_else(|_| "cc".to_owned()),
        work: out.join("nbdkit-probe"),
    };
    let iface = interface::generate(&headers).unwrap_or_else(|why| {
        panic!(
            "\n\nmulticonn: cannot build against this nbdkit's <nbdkit-filter.h>:\n{why}\n\n\
             (cflags from pkg-config nbdkit: {:?})\n\n",
            headers.cflags
        )
    });
    for f in &iface.files {
        println!("cargo:rerun-if-changed={}", f.display());
    }
    fs::write(out.join("nbdkit.rs"), &iface.rust).expect("write OUT_DIR/nbdkit.rs");

    // Tests and benchmarks load the .so with libloading and provide the
    // nbdkit_* functions it needs from their own executable.
    println!("cargo:rustc-link-arg-tests=-Wl,--export-dynamic");
    println!("cargo:rustc-link-arg-benches=-Wl,--export-dynamic");

    write_header();
}

/// `pkg-config --cflags nbdkit`, or nothing (the compiler's own include
/// path) when pkg-config or nbdkit.pc is missing.
fn nbdkit_cflags() -> Vec<String> {
    match Command::new("pkg-config")
        .args(["--cflags", "nbdkit"])
        .output()
    {
        Ok(o) if o.status.success() => String::from_utf8_lossy(&o.stdout)
            .split_whitespace()
            .map(str::to_owned)
            .collect(),
        _ => {
            println!(
                "cargo:warning=pkg-config nbdkit failed: looking for <nbdkit-filter.h> on \
                 the C compiler's include path"
            );
            Vec::new()
        }
    }
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
