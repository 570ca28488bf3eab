//! The generated interface against the installed `<nbdkit-filter.h>`, and
//! the generator against headers it must refuse.
//!
//! build.rs already refuses to compile a layout the C compiler disagrees
//! with (a `const` assertion per member); this test checks that again from
//! outside the build, with its own C program, and checks that a header the
//! generator cannot map stops it with a message naming what is wrong.

#[path = "../src/test_support.rs"]
mod nbdkit_stubs;

#[path = "../build/interface.rs"]
#[allow(dead_code)]
mod interface;

use multiconn::ffi::{NbdkitFilter, NbdkitNext, FILTER_MEMBERS, NEXT_MEMBERS};
use std::mem::{offset_of, size_of};
use std::path::{Path, PathBuf};
use std::process::Command;

/// The compiler flags build.rs uses.
fn cflags() -> Vec<String> {
    interface::pkg_config().0
}

fn scratch(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("multiconn-abi-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

/// The directory holding the installed `<nbdkit-filter.h>`.
fn installed_include_dir() -> PathBuf {
    let dir = scratch("find");
    let src = dir.join("t.c");
    std::fs::write(&src, "#include <nbdkit-filter.h>\n").unwrap();
    let out = Command::new(std::env::var("CC").unwrap_or_else(|_| "cc".into()))
        .args(cflags())
        .arg("-M")
        .arg(&src)
        .output()
        .expect("run the C compiler");
    let text = String::from_utf8_lossy(&out.stdout);
    let header = text
        .split_whitespace()
        .find(|w| w.ends_with("/nbdkit-filter.h"))
        .expect("nbdkit-filter.h among the dependencies");
    Path::new(header).parent().unwrap().to_owned()
}

/// Offsets and sizes of the Rust structs, by member name.
fn rust_layout() -> Vec<(String, usize)> {
    macro_rules! offsets {
        ($ty:ty, $c:literal, $names:expr, [$($f:ident),* $(,)?]) => {{
            let mut v = vec![(format!("sizeof {}", $c), size_of::<$ty>())];
            $(
                if $names.contains(&stringify!($f)) {
                    v.push((format!("{}.{}", $c, stringify!($f)), offset_of!($ty, $f)));
                }
            )*
            v
        }};
    }
    // Members that only some versions have are listed by the generated
    // `*_MEMBERS`; `offset_of!` needs the field to exist, so the optional
    // ones are checked by the C side's count below instead.
    let mut v = offsets!(
        NbdkitFilter,
        "struct nbdkit_filter",
        FILTER_MEMBERS,
        [
            _api_version,
            _version,
            name,
            longname,
            description,
            load,
            unload,
            config,
            config_complete,
            config_help,
            get_ready,
            preconnect,
            open,
            close,
            prepare,
            finalize,
            export_description,
            can_fua,
            can_multi_conn,
            pread,
            pwrite,
            flush,
            trim,
            zero,
            extents,
            cache,
        ]
    );
    v.extend(offsets!(
        NbdkitNext,
        "struct nbdkit_next_ops",
        NEXT_MEMBERS,
        [
            get_size,
            export_description,
            can_write,
            can_flush,
            is_rotational,
            can_trim,
            can_zero,
            can_fast_zero,
            can_extents,
            can_fua,
            can_multi_conn,
            can_cache,
            pread,
            pwrite,
            flush,
            trim,
            zero,
            extents,
            cache,
        ]
    ));
    v
}

#[test]
fn layout_matches_installed_header() {
    let rust = rust_layout();
    let mut c = String::from(
        "#include <stdio.h>\n#include <stddef.h>\n#include <nbdkit-filter.h>\nint main(void){\n",
    );
    for (name, _) in &rust {
        let expr = match name.strip_prefix("sizeof ") {
            Some(ty) => format!("sizeof ({ty})"),
            None => {
                let (ty, field) = name.split_once('.').unwrap();
                format!("offsetof ({ty}, {field})")
            }
        };
        c.push_str(&format!("  printf (\"{name} %zu\\n\", {expr});\n"));
    }
    c.push_str("  return 0;\n}\n");
    let dir = scratch("layout");
    let (src, exe) = (dir.join("layout.c"), dir.join("layout"));
    std::fs::write(&src, c).unwrap();
    let cc = std::env::var("CC").unwrap_or_else(|_| "cc".into());
    let built = Command::new(&cc)
        .args(cflags())
        .arg(&src)
        .arg("-o")
        .arg(&exe)
        .status()
        .expect("run the C compiler");
    assert!(
        built.success(),
        "compiling against <nbdkit-filter.h> failed"
    );
    let out = Command::new(&exe).output().unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    let c_layout: Vec<(String, usize)> = text
        .lines()
        .map(|l| {
            let (k, v) = l.rsplit_once(' ').unwrap();
            (k.to_owned(), v.parse().unwrap())
        })
        .collect();
    assert_eq!(c_layout, rust);
}

/// The members the generator read from the installed header are the ones
/// the generated structs have, in the same order.
#[test]
fn members_are_the_headers() {
    let h = interface::Headers {
        pc_version: interface::pkg_config().1,
        cflags: cflags(),
        cc: std::env::var("CC").unwrap_or_else(|_| "cc".into()),
        work: scratch("installed"),
    };
    let iface = interface::generate(&h).expect("the installed header maps");
    assert!(iface.rust.contains(&format!(
        "pub const FILTER_MEMBERS: &[&str] = &[{}];",
        FILTER_MEMBERS
            .iter()
            .map(|m| format!("\"{m}\""))
            .collect::<Vec<_>>()
            .join(", ")
    )));
    assert!(NEXT_MEMBERS.contains(&"pread"));
}

/// The installed `nbdkit-filter.h`.
fn installed_filter_h() -> String {
    std::fs::read_to_string(installed_include_dir().join("nbdkit-filter.h")).unwrap()
}

/// Run the generator on the installed headers with `nbdkit-filter.h`
/// replaced by `text`.
fn generate_from(name: &str, text: &str) -> Result<interface::Interface, String> {
    let dir = scratch(name);
    let inc = dir.join("include");
    interface::copy_headers(&installed_include_dir(), &inc, text).unwrap();
    let h = interface::Headers {
        pc_version: None,
        cflags: vec![format!("-I{}", inc.display())],
        cc: std::env::var("CC").unwrap_or_else(|_| "cc".into()),
        work: dir.join("work"),
    };
    interface::generate(&h)
}

/// The generator's error for the installed `nbdkit-filter.h` edited by
/// `edit`, or None if it mapped.
fn generate_edited(name: &str, edit: impl Fn(&str) -> String) -> Option<String> {
    let text = installed_filter_h();
    let edited = edit(&text);
    assert_ne!(edited, text, "{name}: the edit changed nothing");
    generate_from(name, &edited).err()
}

#[test]
fn refuses_what_it_cannot_map() {
    // A member nobody knows, after `description`.
    let err = generate_edited("unknown", |t| {
        t.replacen(
            "const char *description;",
            "const char *description;\n  int (*brand_new) (void);",
            1,
        )
    })
    .expect("an unknown member is refused");
    assert!(
        err.contains("brand_new") && err.contains("cannot be mapped"),
        "{err}"
    );
    assert!(
        err.contains("nbdkit 1."),
        "the message names the version: {err}"
    );

    // A member the filter needs, gone.
    let err = generate_edited("missing", |t| {
        t.replacen(
            "  int (*can_multi_conn) (nbdkit_next *next, void *handle);\n",
            "",
            1,
        )
    })
    .expect("a missing required member is refused");
    assert!(err.contains("lacks can_multi_conn"), "{err}");

    // A member whose type changed (an older API's extra argument).
    let err = generate_edited("changed", |t| {
        t.replacen(
            "int (*flush) (nbdkit_next *next,\n                void *handle, uint32_t flags, int *err);",
            "int (*flush) (nbdkit_next *next,\n                void *handle, void *nxdata, uint32_t flags, int *err);",
            1,
        )
    })
    .expect("a changed signature is refused");
    assert!(err.contains("member flush is not of type"), "{err}");

    // Another filter API version.
    let err = generate_edited("api", |t| {
        t.replacen(
            "#define NBDKIT_FILTER_API_VERSION 6",
            "#define NBDKIT_FILTER_API_VERSION 7",
            1,
        )
    })
    .expect("another API version is refused");
    assert!(err.contains("NBDKIT_FILTER_API_VERSION is 7"), "{err}");
}

/// The version-dependent members: a header without `block_size` (nbdkit
/// before 1.30) and one with `dump_plugin` (1.42) both map, with the
/// member left out or kept at its place.
#[test]
fn maps_other_versions_members() {
    let text = installed_filter_h();
    for (name, edited) in [
        (
            "no-block-size",
            text.replace(
                "  int (*block_size) (nbdkit_next *next, void *handle,\n                     uint32_t *minimum, uint32_t *preferred, uint32_t *maximum);\n",
                "",
            )
            .replace(
                "  int (*block_size) (nbdkit_next *nxdata,\n                     uint32_t *minimum, uint32_t *preferred, uint32_t *maximum);\n",
                "",
            ),
        ),
        (
            "dump-plugin",
            // nbdkit 1.42 and later have it already.
            if text.contains("(*dump_plugin)") {
                text.clone()
            } else {
                text.replacen(
                    "  int (*thread_model) (void);\n",
                    "  int (*thread_model) (void);\n  void (*dump_plugin) (void);\n",
                    1,
                )
            },
        ),
    ] {
        let iface = generate_from(name, &edited).unwrap_or_else(|e| panic!("{name}: {e}"));
        let filter_members = iface
            .rust
            .lines()
            .find(|l| l.starts_with("pub const FILTER_MEMBERS"))
            .unwrap()
            .to_owned();
        if name == "dump-plugin" {
            assert!(filter_members.contains("\"thread_model\", \"dump_plugin\", \"get_ready\""));
        } else {
            assert!(!filter_members.contains("\"block_size\""), "{filter_members}");
            assert!(iface.rust.contains("pub fn block_size(&self)"));
            assert!(iface.rust.contains("        None\n"), "block_size reads as None");
        }
    }
}
