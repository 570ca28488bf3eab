//! The Rust mirrors in `src/ffi.rs` against the installed `<nbdkit-filter.h>`:
//! a C program compiled against the real header prints every field offset and
//! both struct sizes, and each must equal the Rust layout.

#[path = "../src/test_support.rs"]
mod nbdkit_stubs;

use multiconn::ffi::{NbdkitFilter, NbdkitNext};
use std::mem::{offset_of, size_of};
use std::process::Command;

macro_rules! fields {
    ($ty:ty, $cty:literal, [$($f:ident),* $(,)?]) => {
        vec![
            (format!("sizeof {}", $cty), size_of::<$ty>()),
            $((format!("{}.{}", $cty, stringify!($f)), offset_of!($ty, $f)),)*
        ]
    };
}

fn rust_layout() -> Vec<(String, usize)> {
    let mut v = fields!(
        NbdkitFilter,
        "struct nbdkit_filter",
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
            thread_model,
            get_ready,
            after_fork,
            cleanup,
            preconnect,
            list_exports,
            default_export,
            open,
            close,
            prepare,
            finalize,
            get_size,
            export_description,
            block_size,
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
    );
    v.extend(fields!(
        NbdkitNext,
        "struct nbdkit_next_ops",
        [
            prepare,
            finalize,
            get_size,
            export_description,
            block_size,
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

    let dir = std::env::temp_dir().join(format!("multiconn-abi-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let src = dir.join("layout.c");
    let exe = dir.join("layout");
    std::fs::write(&src, c).unwrap();
    let cc = std::env::var("CC").unwrap_or_else(|_| "cc".into());
    let built = Command::new(&cc)
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
    let _ = std::fs::remove_dir_all(&dir);
    let text = String::from_utf8(out.stdout).unwrap();

    let c_layout: Vec<(String, usize)> = text
        .lines()
        .map(|l| {
            let (k, v) = l.rsplit_once(' ').unwrap();
            (k.to_owned(), v.parse().unwrap())
        })
        .collect();
    assert_eq!(c_layout.len(), rust.len());
    let mismatches: Vec<_> = rust
        .iter()
        .zip(&c_layout)
        .filter(|(r, c)| r != c)
        .map(|(r, c)| format!("{}: rust {} vs C {}", r.0, r.1, c.1))
        .collect();
    assert!(
        mismatches.is_empty(),
        "layout differs:\n{}",
        mismatches.join("\n")
    );
}
