//! nbdkit's C interface, taken from the `<nbdkit-filter.h>` the build finds.
//!
//! nbdkit gives filters no stable ABI: `struct nbdkit_filter` and
//! `struct nbdkit_next_ops` gain members between releases (`block_size` in
//! 1.30, `dump_plugin` in 1.42), and nbdkit only refuses a filter whose
//! `_version` differs from its own.  So the Rust view of those structs is
//! written here, at build time, from the header, never by hand:
//!
//! 1. the header is run through the C preprocessor, and the member names of
//!    both structs are read from it in order;
//! 2. every member must be one this file knows ([`FILTER`], [`NEXT`]), and
//!    every member the filter needs must be there; otherwise the build
//!    stops, naming the nbdkit version and the member;
//! 3. a small C program compiled against the header checks each member's
//!    type (`__builtin_types_compatible_p`, so a changed signature stops the
//!    build too) and prints each offset and size, nbdkit's constants and
//!    version string;
//! 4. the Rust structs are written with exactly the header's members, and
//!    a `const` assertion for every offset and size, so the library cannot
//!    compile with a layout the C compiler disagrees with.
//!
//! Why a probe and not bindgen: the C compiler that answers is the one that
//! built nbdkit's own filters, no libclang is needed (nor the crates bindgen
//! brings, which a Debian source package would have to vendor), and the
//! types the rest of the crate sees are the same names on every version:
//! [`FilterCallbacks`] and [`NextOps`] list every member any supported
//! nbdkit has, and the generated `NbdkitFilter::new` / `NbdkitNext::new`
//! keep only those this nbdkit has.  Reading a member an nbdkit lacks
//! (`NbdkitNext::block_size` before 1.30) gives `None`.
//!
//! [`FilterCallbacks`]: ../src/ffi.rs
//! [`NextOps`]: ../src/ffi.rs

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

/// Whether the filter can be built without a member.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Need {
    /// The filter sets or calls it: a header without it cannot be used.
    Required,
    /// Present in some versions only: kept at its place when the header has
    /// it, left out when it does not.
    Optional,
}
use Need::*;

/// One member of a C struct: its name, its type as C and as Rust spell it.
pub struct Member {
    pub name: &'static str,
    pub c: &'static str,
    pub rust: &'static str,
    pub need: Need,
}

const fn m(name: &'static str, c: &'static str, rust: &'static str, need: Need) -> Member {
    Member {
        name,
        c,
        rust,
        need,
    }
}

// Signatures shared by several members.
const C_CAN: &str = "int (*)(nbdkit_next *, void *)";
const R_CAN: &str = "Option<unsafe extern \"C\" fn(*mut NbdkitNext, *mut c_void) -> c_int>";
const C_RANGE: &str = "int (*)(nbdkit_next *, void *, uint32_t, uint64_t, uint32_t, int *)";
const R_RANGE: &str = "Option<unsafe extern \"C\" fn(*mut NbdkitNext, *mut c_void, u32, u64, u32, *mut c_int) -> c_int>";
const C_NEXT_CAN: &str = "int (*)(nbdkit_next *)";
const R_NEXT_CAN: &str = "Option<unsafe extern \"C\" fn(*mut NbdkitNext) -> c_int>";
const C_NEXT_RANGE: &str = "int (*)(nbdkit_next *, uint32_t, uint64_t, uint32_t, int *)";
const R_NEXT_RANGE: &str =
    "Option<unsafe extern \"C\" fn(*mut NbdkitNext, u32, u64, u32, *mut c_int) -> c_int>";
const C_STR: &str = "const char *";
const R_STR: &str = "*const c_char";

/// Every member `struct nbdkit_filter` has had since nbdkit 1.26.
pub const FILTER: &[Member] = &[
    m("_api_version", "int", "c_int", Required),
    m("_version", C_STR, R_STR, Required),
    m("name", C_STR, R_STR, Required),
    m("longname", C_STR, R_STR, Required),
    m("description", C_STR, R_STR, Required),
    m("load", "void (*)(void)", "Option<unsafe extern \"C\" fn()>", Required),
    m("unload", "void (*)(void)", "Option<unsafe extern \"C\" fn()>", Required),
    m("config",
      "int (*)(nbdkit_next_config *, nbdkit_backend *, const char *, const char *)",
      "Option<unsafe extern \"C\" fn(NextConfig, *mut NbdkitBackend, *const c_char, *const c_char) -> c_int>",
      Required),
    m("config_complete",
      "int (*)(nbdkit_next_config_complete *, nbdkit_backend *)",
      "Option<unsafe extern \"C\" fn(NextConfigComplete, *mut NbdkitBackend) -> c_int>",
      Required),
    m("config_help", C_STR, R_STR, Required),
    m("thread_model", "int (*)(void)", "Option<unsafe extern \"C\" fn() -> c_int>", Optional),
    m("dump_plugin", "void (*)(void)", "Option<unsafe extern \"C\" fn()>", Optional),
    m("get_ready", "int (*)(int)", "Option<unsafe extern \"C\" fn(c_int) -> c_int>", Required),
    m("after_fork", "int (*)(nbdkit_backend *)",
      "Option<unsafe extern \"C\" fn(*mut NbdkitBackend) -> c_int>", Optional),
    m("cleanup", "void (*)(nbdkit_backend *)",
      "Option<unsafe extern \"C\" fn(*mut NbdkitBackend)>", Optional),
    m("preconnect",
      "int (*)(nbdkit_next_preconnect *, nbdkit_backend *, int)",
      "Option<unsafe extern \"C\" fn(NextPreconnect, *mut NbdkitBackend, c_int) -> c_int>",
      Required),
    m("list_exports",
      "int (*)(nbdkit_next_list_exports *, nbdkit_backend *, int, int, struct nbdkit_exports *)",
      "Option<unsafe extern \"C\" fn(NextListExports, *mut NbdkitBackend, c_int, c_int, *mut NbdkitExports) -> c_int>",
      Optional),
    m("default_export",
      "const char *(*)(nbdkit_next_default_export *, nbdkit_backend *, int, int)",
      "Option<unsafe extern \"C\" fn(NextDefaultExport, *mut NbdkitBackend, c_int, c_int) -> *const c_char>",
      Optional),
    m("open",
      "void *(*)(nbdkit_next_open *, nbdkit_context *, int, const char *, int)",
      "Option<unsafe extern \"C\" fn(NextOpen, *mut NbdkitContext, c_int, *const c_char, c_int) -> *mut c_void>",
      Required),
    m("close", "void (*)(void *)", "Option<unsafe extern \"C\" fn(*mut c_void)>", Required),
    m("prepare", "int (*)(nbdkit_next *, void *, int)",
      "Option<unsafe extern \"C\" fn(*mut NbdkitNext, *mut c_void, c_int) -> c_int>", Required),
    m("finalize", C_CAN, R_CAN, Required),
    m("get_size", "int64_t (*)(nbdkit_next *, void *)",
      "Option<unsafe extern \"C\" fn(*mut NbdkitNext, *mut c_void) -> i64>", Optional),
    m("export_description", "const char *(*)(nbdkit_next *, void *)",
      "Option<unsafe extern \"C\" fn(*mut NbdkitNext, *mut c_void) -> *const c_char>", Required),
    m("block_size", "int (*)(nbdkit_next *, void *, uint32_t *, uint32_t *, uint32_t *)",
      "Option<unsafe extern \"C\" fn(*mut NbdkitNext, *mut c_void, *mut u32, *mut u32, *mut u32) -> c_int>",
      Optional),
    m("can_write", C_CAN, R_CAN, Optional),
    m("can_flush", C_CAN, R_CAN, Optional),
    m("is_rotational", C_CAN, R_CAN, Optional),
    m("can_trim", C_CAN, R_CAN, Optional),
    m("can_zero", C_CAN, R_CAN, Optional),
    m("can_fast_zero", C_CAN, R_CAN, Optional),
    m("can_extents", C_CAN, R_CAN, Optional),
    m("can_fua", C_CAN, R_CAN, Required),
    m("can_multi_conn", C_CAN, R_CAN, Required),
    m("can_cache", C_CAN, R_CAN, Optional),
    m("pread", "int (*)(nbdkit_next *, void *, void *, uint32_t, uint64_t, uint32_t, int *)",
      "Option<unsafe extern \"C\" fn(*mut NbdkitNext, *mut c_void, *mut c_void, u32, u64, u32, *mut c_int) -> c_int>",
      Required),
    m("pwrite", "int (*)(nbdkit_next *, void *, const void *, uint32_t, uint64_t, uint32_t, int *)",
      "Option<unsafe extern \"C\" fn(*mut NbdkitNext, *mut c_void, *const c_void, u32, u64, u32, *mut c_int) -> c_int>",
      Required),
    m("flush", "int (*)(nbdkit_next *, void *, uint32_t, int *)",
      "Option<unsafe extern \"C\" fn(*mut NbdkitNext, *mut c_void, u32, *mut c_int) -> c_int>",
      Required),
    m("trim", C_RANGE, R_RANGE, Required),
    m("zero", C_RANGE, R_RANGE, Required),
    m("extents",
      "int (*)(nbdkit_next *, void *, uint32_t, uint64_t, uint32_t, struct nbdkit_extents *, int *)",
      "Option<unsafe extern \"C\" fn(*mut NbdkitNext, *mut c_void, u32, u64, u32, *mut NbdkitExtents, *mut c_int) -> c_int>",
      Required),
    m("cache", C_RANGE, R_RANGE, Required),
];

/// Every member `struct nbdkit_next_ops` has had since nbdkit 1.26.  The
/// filter calls the next layer's query and data functions; `prepare` and
/// `finalize` are there for the layout only.
pub const NEXT: &[Member] = &[
    m("prepare", C_NEXT_CAN, R_NEXT_CAN, Optional),
    m("finalize", C_NEXT_CAN, R_NEXT_CAN, Optional),
    m("get_size", "int64_t (*)(nbdkit_next *)",
      "Option<unsafe extern \"C\" fn(*mut NbdkitNext) -> i64>", Required),
    m("export_description", "const char *(*)(nbdkit_next *)",
      "Option<unsafe extern \"C\" fn(*mut NbdkitNext) -> *const c_char>", Required),
    m("block_size", "int (*)(nbdkit_next *, uint32_t *, uint32_t *, uint32_t *)",
      "Option<unsafe extern \"C\" fn(*mut NbdkitNext, *mut u32, *mut u32, *mut u32) -> c_int>",
      Optional),
    m("can_write", C_NEXT_CAN, R_NEXT_CAN, Required),
    m("can_flush", C_NEXT_CAN, R_NEXT_CAN, Required),
    m("is_rotational", C_NEXT_CAN, R_NEXT_CAN, Required),
    m("can_trim", C_NEXT_CAN, R_NEXT_CAN, Required),
    m("can_zero", C_NEXT_CAN, R_NEXT_CAN, Required),
    m("can_fast_zero", C_NEXT_CAN, R_NEXT_CAN, Required),
    m("can_extents", C_NEXT_CAN, R_NEXT_CAN, Required),
    m("can_fua", C_NEXT_CAN, R_NEXT_CAN, Required),
    m("can_multi_conn", C_NEXT_CAN, R_NEXT_CAN, Required),
    m("can_cache", C_NEXT_CAN, R_NEXT_CAN, Required),
    m("pread", "int (*)(nbdkit_next *, void *, uint32_t, uint64_t, uint32_t, int *)",
      "Option<unsafe extern \"C\" fn(*mut NbdkitNext, *mut c_void, u32, u64, u32, *mut c_int) -> c_int>",
      Required),
    m("pwrite", "int (*)(nbdkit_next *, const void *, uint32_t, uint64_t, uint32_t, int *)",
      "Option<unsafe extern \"C\" fn(*mut NbdkitNext, *const c_void, u32, u64, u32, *mut c_int) -> c_int>",
      Required),
    m("flush", "int (*)(nbdkit_next *, uint32_t, int *)",
      "Option<unsafe extern \"C\" fn(*mut NbdkitNext, u32, *mut c_int) -> c_int>", Required),
    m("trim", C_NEXT_RANGE, R_NEXT_RANGE, Required),
    m("zero", C_NEXT_RANGE, R_NEXT_RANGE, Required),
    m("extents",
      "int (*)(nbdkit_next *, uint32_t, uint64_t, uint32_t, struct nbdkit_extents *, int *)",
      "Option<unsafe extern \"C\" fn(*mut NbdkitNext, u32, u64, u32, *mut NbdkitExtents, *mut c_int) -> c_int>",
      Required),
    m("cache", C_NEXT_RANGE, R_NEXT_RANGE, Required),
];

/// The function types nbdkit hands to `.config` and friends, which the
/// filter calls to pass a request on: (C typedef, its function type, the
/// Rust alias written for it).
pub const NEXT_FUNCTIONS: &[(&str, &str, &str, &str)] = &[
    (
        "nbdkit_next_config",
        "int (nbdkit_backend *, const char *, const char *)",
        "NextConfig",
        "unsafe extern \"C\" fn(*mut NbdkitBackend, *const c_char, *const c_char) -> c_int",
    ),
    (
        "nbdkit_next_config_complete",
        "int (nbdkit_backend *)",
        "NextConfigComplete",
        "unsafe extern \"C\" fn(*mut NbdkitBackend) -> c_int",
    ),
    (
        "nbdkit_next_preconnect",
        "int (nbdkit_backend *, int)",
        "NextPreconnect",
        "unsafe extern \"C\" fn(*mut NbdkitBackend, c_int) -> c_int",
    ),
    (
        "nbdkit_next_list_exports",
        "int (nbdkit_backend *, int, struct nbdkit_exports *)",
        "NextListExports",
        "unsafe extern \"C\" fn(*mut NbdkitBackend, c_int, *mut NbdkitExports) -> c_int",
    ),
    (
        "nbdkit_next_default_export",
        "const char *(nbdkit_backend *, int)",
        "NextDefaultExport",
        "unsafe extern \"C\" fn(*mut NbdkitBackend, c_int) -> *const c_char",
    ),
    (
        "nbdkit_next_open",
        "int (nbdkit_context *, int, const char *)",
        "NextOpen",
        "unsafe extern \"C\" fn(*mut NbdkitContext, c_int, *const c_char) -> c_int",
    ),
];

/// The `nbdkit_*` functions the filter calls: every one must be declared,
/// with this type, since nbdkit resolves them when it loads the filter.
pub const FUNCTIONS: &[(&str, &str, &str)] = &[
    (
        "nbdkit_error",
        "void (*)(const char *, ...)",
        "fn nbdkit_error(fmt: *const c_char, ...)",
    ),
    (
        "nbdkit_debug",
        "void (*)(const char *, ...)",
        "fn nbdkit_debug(fmt: *const c_char, ...)",
    ),
    (
        "nbdkit_parse_bool",
        "int (*)(const char *)",
        "fn nbdkit_parse_bool(s: *const c_char) -> c_int",
    ),
];

/// nbdkit's constants the filter uses, with their Rust types.
pub const CONSTANTS: &[(&str, &str)] = &[
    ("NBDKIT_FILTER_API_VERSION", "c_int"),
    ("NBDKIT_THREAD_MODEL_SERIALIZE_CONNECTIONS", "c_int"),
    ("NBDKIT_THREAD_MODEL_SERIALIZE_ALL_REQUESTS", "c_int"),
    ("NBDKIT_THREAD_MODEL_SERIALIZE_REQUESTS", "c_int"),
    ("NBDKIT_THREAD_MODEL_PARALLEL", "c_int"),
    ("NBDKIT_FLAG_FUA", "u32"),
    ("NBDKIT_FUA_EMULATE", "c_int"),
    ("NBDKIT_FUA_NATIVE", "c_int"),
];

/// The filter API version this file maps (nbdkit 1.16 and later).
pub const API_VERSION: i64 = 6;

/// Where the header is and how to compile against it.
pub struct Headers {
    /// `pkg-config --cflags nbdkit` (or nothing: the system's include path).
    pub cflags: Vec<String>,
    /// The C compiler (`$CC`, else `cc`).
    pub cc: String,
    /// A directory for the probe's files.
    pub work: PathBuf,
}

/// What the probe found: the Rust source to include, the version, and the
/// header files it read (for `cargo:rerun-if-changed`).
pub struct Interface {
    pub rust: String,
    pub version: String,
    pub files: Vec<PathBuf>,
}

impl Headers {
    fn compile(&self, args: &[&str], what: &str) -> Result<std::process::Output, String> {
        Command::new(&self.cc)
            .args(&self.cflags)
            .args(args)
            .output()
            .map_err(|e| format!("cannot run the C compiler `{}` to {what}: {e}", self.cc))
    }
}

/// Read `<nbdkit-filter.h>` and produce the Rust interface, or say why it
/// cannot be mapped.
pub fn generate(h: &Headers) -> Result<Interface, String> {
    fs::create_dir_all(&h.work).map_err(|e| format!("{}: {e}", h.work.display()))?;
    let include = h.work.join("include.c");
    fs::write(&include, "#include <nbdkit-filter.h>\n").map_err(|e| e.to_string())?;
    let inc = include.to_str().expect("UTF-8 OUT_DIR");

    // The header's files, for rebuilding when they change.
    let deps = h.compile(&["-M", inc], "list the header's files")?;
    if !deps.status.success() {
        return Err(format!(
            "<nbdkit-filter.h> not found or not usable with cflags {:?}:\n{}\n\
             Install nbdkit's development files (Debian: nbdkit-plugin-dev), or point \
             PKG_CONFIG_PATH at the nbdkit to build for",
            h.cflags,
            String::from_utf8_lossy(&deps.stderr).trim()
        ));
    }
    let files: Vec<PathBuf> = String::from_utf8_lossy(&deps.stdout)
        .split_whitespace()
        .filter(|w| *w != "\\" && w.ends_with(".h"))
        .map(PathBuf::from)
        .collect();

    let pre = h.compile(&["-E", "-P", inc], "preprocess <nbdkit-filter.h>")?;
    if !pre.status.success() {
        return Err(format!(
            "preprocessing <nbdkit-filter.h> failed:\n{}",
            String::from_utf8_lossy(&pre.stderr).trim()
        ));
    }
    let text = String::from_utf8_lossy(&pre.stdout);
    let filter_names = struct_members(&text, "nbdkit_filter")?;
    let next_names = struct_members(&text, "nbdkit_next_ops")?;

    // The version first, so that every later message can name it.
    let version = probe_version(h)?;
    let filter = select(&version, "struct nbdkit_filter", FILTER, &filter_names)?;
    let next = select(&version, "struct nbdkit_next_ops", NEXT, &next_names)?;

    let values = probe_layout(h, &version, &filter, &next)?;
    let api = values
        .get("NBDKIT_FILTER_API_VERSION")
        .copied()
        .unwrap_or(-1);
    if api != API_VERSION {
        return Err(format!(
            "nbdkit {version}: NBDKIT_FILTER_API_VERSION is {api}; this filter is written for \
             filter API version {API_VERSION} (nbdkit 1.16 and later)"
        ));
    }
    Ok(Interface {
        rust: rust_source(&version, &filter, &next, &values),
        version,
        files,
    })
}

/// The member names of `struct NAME { ... }` in preprocessed C, in order.
pub fn struct_members(text: &str, name: &str) -> Result<Vec<String>, String> {
    let flat: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let open = format!("struct {name} {{");
    let start = flat
        .find(&open)
        .ok_or_else(|| format!("<nbdkit-filter.h> defines no `struct {name}`"))?
        + open.len();
    let body = &flat[start..];
    let end = body
        .find('}')
        .ok_or_else(|| format!("`struct {name}` in <nbdkit-filter.h> has no end"))?;
    let mut names = Vec::new();
    for decl in body[..end]
        .split(';')
        .map(str::trim)
        .filter(|d| !d.is_empty())
    {
        let ident = match decl.find("(*") {
            // A function pointer: `ret (*name) (args)`.
            Some(i) => decl[i + 2..].trim_start(),
            // A plain member: the last word.
            None => decl.rsplit([' ', '*']).next().unwrap_or(""),
        };
        let ident: String = ident
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
            .collect();
        if ident.is_empty() {
            return Err(format!(
                "cannot read a member name in `struct {name}` from `{decl}`"
            ));
        }
        names.push(ident);
    }
    Ok(names)
}

/// The known members the header has, in the header's order; an unknown
/// member or a missing required one is an error naming the version.
fn select<'a>(
    version: &str,
    what: &str,
    known: &'a [Member],
    names: &[String],
) -> Result<Vec<&'a Member>, String> {
    let unknown: Vec<&str> = names
        .iter()
        .filter(|n| !known.iter().any(|k| k.name == n.as_str()))
        .map(String::as_str)
        .collect();
    if !unknown.is_empty() {
        return Err(format!(
            "nbdkit {version}: {what} has member(s) {} that this filter does not know, so \
             its layout cannot be mapped; this filter knows the members of nbdkit 1.26 to \
             1.42 (add the new member(s) to build/interface.rs)",
            unknown.join(", ")
        ));
    }
    let missing: Vec<&str> = known
        .iter()
        .filter(|k| k.need == Required && !names.iter().any(|n| n == k.name))
        .map(|k| k.name)
        .collect();
    if !missing.is_empty() {
        return Err(format!(
            "nbdkit {version}: {what} lacks {}, which this filter needs; nbdkit 1.26 or \
             later is required",
            missing.join(", ")
        ));
    }
    Ok(names
        .iter()
        .map(|n| known.iter().find(|k| k.name == n.as_str()).expect("known"))
        .collect())
}

fn run_probe(h: &Headers, name: &str, source: &str, what: &str) -> Result<String, String> {
    let src = h.work.join(format!("{name}.c"));
    let exe = h.work.join(name);
    fs::write(&src, source).map_err(|e| e.to_string())?;
    let out = h.compile(
        &[
            src.to_str().expect("UTF-8"),
            "-o",
            exe.to_str().expect("UTF-8"),
        ],
        what,
    )?;
    if !out.status.success() {
        // Keep the compiler's lines that name our assertions.
        let stderr = String::from_utf8_lossy(&out.stderr);
        let ours: Vec<&str> = stderr
            .lines()
            .filter(|l| l.contains("multiconn:"))
            .collect();
        return Err(if ours.is_empty() {
            format!("{what}: the C compiler failed:\n{}", stderr.trim())
        } else {
            ours.join("\n")
        });
    }
    let run = Command::new(&exe)
        .output()
        .map_err(|e| format!("{what}: cannot run {}: {e} (cross-compiling is not supported: the probe runs on the build machine)", exe.display()))?;
    if !run.status.success() {
        return Err(format!("{what}: {} failed", exe.display()));
    }
    Ok(String::from_utf8_lossy(&run.stdout).into_owned())
}

fn probe_version(h: &Headers) -> Result<String, String> {
    let out = run_probe(
        h,
        "version",
        "#include <stdio.h>\n#include <nbdkit-filter.h>\n\
         int main (void) { puts (NBDKIT_VERSION_STRING); return 0; }\n",
        "read NBDKIT_VERSION_STRING",
    )?;
    Ok(out.trim().to_owned())
}

/// Check every member's and function's type, and read every offset, size
/// and constant.
fn probe_layout(
    h: &Headers,
    version: &str,
    filter: &[&Member],
    next: &[&Member],
) -> Result<BTreeMap<String, i64>, String> {
    let mut c = String::from(
        "#include <stdio.h>\n#include <stddef.h>\n#include <stdint.h>\n\
         #include <nbdkit-filter.h>\n\
         #define SAME(a, b, what) _Static_assert (__builtin_types_compatible_p (a, b), \
         \"multiconn: nbdkit \" VERSION \": \" what)\n",
    );
    let _ = writeln!(c, "#define VERSION \"{version}\"");
    for (sname, members) in [("nbdkit_filter", filter), ("nbdkit_next_ops", next)] {
        for mb in members {
            let _ = writeln!(
                c,
                "SAME (__typeof__ (((struct {sname} *) 0)->{n}), {t}, \
                 \"struct {sname} member {n} is not of type {t}\");",
                n = mb.name,
                t = mb.c
            );
        }
    }
    c.push_str("SAME (nbdkit_next, struct nbdkit_next_ops, \"nbdkit_next is not struct nbdkit_next_ops\");\n");
    for (name, ty, _, _) in NEXT_FUNCTIONS {
        let _ = writeln!(c, "SAME ({name}, {ty}, \"{name} is not {ty}\");");
    }
    for (name, ty, _) in FUNCTIONS {
        let _ = writeln!(
            c,
            "SAME (__typeof__ (&{name}), {ty}, \"{name} is not {ty}\");"
        );
    }
    c.push_str("int main (void) {\n");
    for (sname, members) in [("nbdkit_filter", filter), ("nbdkit_next_ops", next)] {
        let _ = writeln!(
            c,
            "  printf (\"sizeof {sname} %zu\\n\", sizeof (struct {sname}));"
        );
        for mb in members {
            let _ = writeln!(
                c,
                "  printf (\"{sname}.{n} %zu\\n\", offsetof (struct {sname}, {n}));",
                n = mb.name
            );
        }
    }
    for (name, _) in CONSTANTS {
        let _ = writeln!(c, "  printf (\"{name} %lld\\n\", (long long) ({name}));");
    }
    c.push_str("  return 0;\n}\n");

    let out = run_probe(h, "layout", &c, "check <nbdkit-filter.h>")?;
    let mut values = BTreeMap::new();
    for line in out.lines() {
        let (k, v) = line.rsplit_once(' ').ok_or("the layout probe's output")?;
        let v: i64 = v.parse().map_err(|_| format!("probe output `{line}`"))?;
        values.insert(k.to_owned(), v);
    }
    Ok(values)
}

/// The Rust source `src/ffi.rs` includes.
fn rust_source(
    version: &str,
    filter: &[&Member],
    next: &[&Member],
    values: &BTreeMap<String, i64>,
) -> String {
    let mut r = String::new();
    let _ = writeln!(
        r,
        "// Generated by build.rs (build/interface.rs) from <nbdkit-filter.h> of nbdkit \
         {version}: do not edit.\n"
    );
    let _ = writeln!(
        r,
        "/// The version of the nbdkit whose header this was generated from, which\n\
         /// the filter's `_version` must equal.\n\
         pub const NBDKIT_VERSION: &std::ffi::CStr = c\"{version}\";\n"
    );
    for (name, ty) in CONSTANTS {
        let _ = writeln!(r, "pub const {name}: {ty} = {};", values[*name]);
    }
    r.push('\n');
    for (_, _, alias, ty) in NEXT_FUNCTIONS {
        let _ = writeln!(r, "pub type {alias} = {ty};");
    }
    let _ = writeln!(r, "\nextern \"C\" {{");
    for (_, _, decl) in FUNCTIONS {
        let _ = writeln!(r, "    pub {decl};");
    }
    r.push_str("}\n\n");

    write_struct(
        &mut r,
        "NbdkitFilter",
        "nbdkit_filter",
        "FilterCallbacks",
        FILTER,
        filter,
        values,
        "`struct nbdkit_filter` as this nbdkit declares it.",
    );
    write_struct(
        &mut r,
        "NbdkitNext",
        "nbdkit_next_ops",
        "NextOps",
        NEXT,
        next,
        values,
        "`struct nbdkit_next_ops` (`nbdkit_next`) as this nbdkit declares it.\n\
         /// Real instances carry more (opaque) data after these members: never\n\
         /// copy one, only use pointers nbdkit gave.",
    );

    // Reading the next layer: every known member, `None` where this nbdkit
    // has none.
    r.push_str("impl NbdkitNext {\n");
    for k in NEXT {
        let body = if next.iter().any(|n| n.name == k.name) {
            format!("self.{}", k.name)
        } else {
            "None".to_owned()
        };
        let _ = writeln!(
            r,
            "    #[inline]\n    pub fn {n}(&self) -> {t} {{\n        {body}\n    }}",
            n = k.name,
            t = k.rust
        );
    }
    r.push_str("}\n\n");
    let names = |ms: &[&Member]| {
        ms.iter()
            .map(|m| format!("\"{}\"", m.name))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let _ = writeln!(
        r,
        "/// The members of `struct nbdkit_filter` in this nbdkit, in order.\n\
         pub const FILTER_MEMBERS: &[&str] = &[{}];\n\
         /// The members of `struct nbdkit_next_ops` in this nbdkit, in order.\n\
         pub const NEXT_MEMBERS: &[&str] = &[{}];",
        names(filter),
        names(next)
    );
    r
}

/// One struct with exactly the header's members, its version-independent
/// counterpart with every known member, the conversion, and a `const`
/// assertion per offset and for the size.
#[allow(clippy::too_many_arguments)]
fn write_struct(
    r: &mut String,
    rust: &str,
    c: &str,
    all: &str,
    known: &[Member],
    present: &[&Member],
    values: &BTreeMap<String, i64>,
    doc: &str,
) {
    let _ = writeln!(r, "/// {doc}\n#[repr(C)]\npub struct {rust} {{");
    for mb in present {
        let _ = writeln!(r, "    pub {}: {},", mb.name, mb.rust);
    }
    r.push_str("}\n\n");
    let _ = writeln!(
        r,
        "/// Every member of `struct {c}` that any supported nbdkit has; \
         [`{rust}::new`]\n/// keeps the ones this nbdkit has.\n\
         #[derive(Clone, Copy)]\npub struct {all} {{"
    );
    for mb in known {
        let _ = writeln!(r, "    pub {}: {},", mb.name, mb.rust);
    }
    r.push_str("}\n\n");
    let _ = writeln!(
        r,
        "impl {rust} {{\n    pub fn new(all: &{all}) -> {rust} {{\n        {rust} {{"
    );
    for mb in present {
        let _ = writeln!(r, "            {n}: all.{n},", n = mb.name);
    }
    r.push_str("        }\n    }\n}\n\n");
    let _ = writeln!(
        r,
        "const _: () = assert!(std::mem::size_of::<{rust}>() == {});",
        values[&format!("sizeof {c}")]
    );
    for mb in present {
        let _ = writeln!(
            r,
            "const _: () = assert!(std::mem::offset_of!({rust}, {n}) == {});",
            values[&format!("{c}.{}", mb.name)],
            n = mb.name
        );
    }
    r.push('\n');
}

/// Make a directory of headers for tests: `dir/nbdkit-filter.h` is `text`,
/// the other headers it includes come from `real` (the installed ones).
pub fn copy_headers(real: &Path, dir: &Path, filter_h: &str) -> std::io::Result<()> {
    fs::create_dir_all(dir)?;
    for e in fs::read_dir(real)? {
        let p = e?.path();
        if p.file_name()
            .and_then(|n| n.to_str())
            .is_some_and(|n| n.starts_with("nbdkit-") && n.ends_with(".h"))
        {
            fs::copy(&p, dir.join(p.file_name().expect("a file")))?;
        }
    }
    fs::write(dir.join("nbdkit-filter.h"), filter_h)
}
