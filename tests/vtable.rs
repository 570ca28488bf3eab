//! The C entry points of the built library, driven as nbdkit drives them.

mod harness;

use harness::ffi::*;
use harness::{messages, serial, Filter, Plugin};
use std::ffi::CStr;
use std::sync::atomic::Ordering::SeqCst;

fn ready(mode: &str, track: &str, by_name: &str, thread_model: i32) -> Filter {
    let mut f = Filter::load();
    assert_eq!(f.config("multi-conn-mode", mode), 0);
    assert_eq!(f.config("multi-conn-track-dirty", track), 0);
    assert_eq!(f.config("multi-conn-exportname", by_name), 0);
    assert_eq!(f.get_ready(thread_model), 0);
    f
}

#[test]
fn registers_with_the_installed_nbdkit_version() {
    let _s = serial();
    let f = Filter::load();
    assert_eq!(f.f._api_version, NBDKIT_FILTER_API_VERSION);
    // SAFETY: static strings of the filter.
    let (version, name, help) = unsafe {
        (
            CStr::from_ptr(f.f._version).to_str().unwrap(),
            CStr::from_ptr(f.f.name).to_str().unwrap(),
            CStr::from_ptr(f.f.config_help).to_str().unwrap(),
        )
    };
    let expected = std::process::Command::new("pkg-config")
        .args(["--modversion", "nbdkit"])
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_owned())
        .unwrap_or_default();
    if !expected.is_empty() {
        assert_eq!(version, expected);
    }
    assert_eq!(name, "multiconn");
    for key in [
        "multi-conn-mode",
        "multi-conn-track-dirty",
        "multi-conn-exportname",
    ] {
        assert!(help.contains(key), "config_help lacks {key}");
    }
}

#[test]
fn config_takes_its_keys_and_passes_the_rest_on() {
    let _s = serial();
    let mut f = Filter::load();
    assert_eq!(f.config("multi-conn-track-dirty", "conn"), 0);
    assert_eq!(f.config("multi-conn-export-name", "on"), 0);
    assert_eq!(f.config("size", "1M"), 0);
    assert_eq!(f.passed_on, [("size".to_owned(), "1M".to_owned())]);
    assert_eq!(f.config("multi-conn-mode", "sometimes"), -1);
    assert_eq!(f.config("multi-conn-exportname", "maybe"), -1);
    let errors: Vec<_> = messages()
        .into_iter()
        .filter(|m| m.starts_with("error"))
        .collect();
    assert_eq!(
        errors,
        [
            "error: multiconn: multi-conn-mode: unknown value 'sometimes' (expected auto, emulate, plugin, disable or unsafe)",
            "error: multiconn: multi-conn-exportname: expected a boolean, got 'maybe'",
        ]
    );
}

#[test]
fn emulate_replicates_flushes_and_emulates_fua() {
    let _s = serial();
    let f = ready(
        "emulate",
        "connection",
        "false",
        NBDKIT_THREAD_MODEL_PARALLEL,
    );
    let p = Plugin::new();
    let c: Vec<_> = (0..3).map(|_| f.connect(&p, "").unwrap()).collect();
    assert_eq!(c[0].can_multi_conn(), 1);
    assert_eq!(c[0].can_fua(), NBDKIT_FUA_EMULATE);

    let mut buf = [0u8; 512];
    c[1].pread(&mut buf, 0).unwrap();
    c[2].pwrite(&buf, 0, 0).unwrap();
    c[0].flush().unwrap();
    assert_eq!([c[0].flushes(), c[1].flushes(), c[2].flushes()], [0, 1, 1]);

    // A FUA write reaches the plugin without FUA and is followed by a flush
    // of the writer (and of nobody else: nobody has read since).
    c[0].pwrite(&buf, 0, NBDKIT_FLAG_FUA).unwrap();
    assert_eq!(p.last_write_flags.load(SeqCst), 0);
    assert_eq!([c[0].flushes(), c[1].flushes(), c[2].flushes()], [1, 1, 1]);
    c[1].zero(512, 0, NBDKIT_FLAG_FUA).unwrap();
    c[2].trim(512, 0, NBDKIT_FLAG_FUA).unwrap();
    assert_eq!([c[0].flushes(), c[1].flushes(), c[2].flushes()], [1, 2, 2]);

    let log = messages();
    assert!(
        log.iter()
            .any(|m| m.contains("export \"\": mode emulate -> emulate (configured)")),
        "{log:?}"
    );
    assert!(
        log.iter().any(|m| m
            .contains("flushed 2 of 3 connections (0 again after an overlapping read), skipped 1")),
        "{log:?}"
    );
    drop(c);
    f.unload();
    let log = messages();
    assert!(
        log.iter().any(|m| m.contains(
            "stats: client flushes 4, plugin flushes 5, elided 0, shared 0, replicated 2,"
        )),
        "{log:?}"
    );
}

#[test]
fn plugin_mode_keeps_fua_and_the_plugin_answer() {
    let _s = serial();
    let f = ready("plugin", "fast", "false", NBDKIT_THREAD_MODEL_PARALLEL);
    let p = Plugin::new();
    let c = f.connect(&p, "").unwrap();
    assert_eq!(c.can_multi_conn(), 0);
    assert_eq!(c.can_fua(), NBDKIT_FUA_NATIVE);
    c.pwrite(&[1; 512], 0, NBDKIT_FLAG_FUA).unwrap();
    assert_eq!(p.last_write_flags.load(SeqCst), NBDKIT_FLAG_FUA as i32);
    // FUA marked nothing: the flush is elided.
    c.flush().unwrap();
    assert_eq!(c.flushes(), 0);
    c.pwrite(&[1; 512], 0, 0).unwrap();
    c.flush().unwrap();
    c.flush().unwrap();
    assert_eq!(c.flushes(), 1);
}

#[test]
fn auto_resolves_per_connection() {
    let _s = serial();
    let f = ready("auto", "connection", "false", NBDKIT_THREAD_MODEL_PARALLEL);
    let with = Plugin::new();
    with.can_multi_conn.store(1, SeqCst);
    let without = Plugin::new();
    assert_eq!(f.connect(&with, "").unwrap().can_multi_conn(), 1);
    assert_eq!(
        f.connect(&without, "").unwrap().can_fua(),
        NBDKIT_FUA_EMULATE
    );
    let log = messages().join("\n");
    assert!(
        log.contains("mode auto -> plugin (plugin supports multi-conn)"),
        "{log}"
    );
    assert!(
        log.contains("mode auto -> emulate (plugin lacks multi-conn)"),
        "{log}"
    );

    let f = ready(
        "auto",
        "connection",
        "false",
        NBDKIT_THREAD_MODEL_SERIALIZE_CONNECTIONS,
    );
    let c = f.connect(&with, "").unwrap();
    assert_eq!(c.can_multi_conn(), 0);
    assert!(messages()
        .join("\n")
        .contains("mode auto -> disable (thread model serializes connections)"));
}

#[test]
fn emulate_refuses_a_plugin_that_cannot_flush() {
    let _s = serial();
    for mode in ["emulate", "auto"] {
        let f = ready(mode, "connection", "false", NBDKIT_THREAD_MODEL_PARALLEL);
        let p = Plugin::new();
        p.can_flush.store(0, SeqCst);
        assert!(f.connect(&p, "").is_err());
        let log = messages().join("\n");
        assert!(
            log.contains("error: multiconn: multi-conn-mode=emulate needs a plugin that can flush, but the plugin cannot flush"),
            "{log}"
        );
    }
}

#[test]
fn flush_errors_reach_the_client_and_are_retried() {
    let _s = serial();
    let f = ready(
        "emulate",
        "connection",
        "false",
        NBDKIT_THREAD_MODEL_SERIALIZE_REQUESTS,
    );
    let p = Plugin::new();
    let a = f.connect(&p, "").unwrap();
    let b = f.connect(&p, "").unwrap();
    b.pwrite(&[7; 512], 0, 0).unwrap();
    p.fail_flush.store(libc::ENOSPC, SeqCst);
    assert_eq!(a.flush(), Err(libc::ENOSPC));
    p.fail_flush.store(0, SeqCst);
    a.flush().unwrap();
    assert_eq!(b.flushes(), 1);
    a.flush().unwrap();
    assert_eq!(b.flushes(), 1);
}

#[test]
fn a_panic_becomes_eio_not_an_unwind() {
    let _s = serial();
    let f = ready(
        "emulate",
        "connection",
        "false",
        NBDKIT_THREAD_MODEL_PARALLEL,
    );
    let p = Plugin::new();
    // A request on a handle that was never prepared trips an internal check.
    let c = f.open_only(&p);
    let mut buf = [0u8; 512];
    assert_eq!(c.pread(&mut buf, 0), Err(libc::EIO));
    assert_eq!(c.flush(), Err(libc::EIO));
    let log = messages().join("\n");
    // The panic's own message and where it was raised reach nbdkit_error.
    for expected in [
        "error: multiconn: internal error (panic) in pread: \
         request on a connection that is not prepared at src/door/handle.rs:",
        "error: multiconn: internal error (panic) in flush: \
         request on a connection that is not prepared at src/door/handle.rs:",
    ] {
        assert!(log.contains(expected), "{expected:?} not in:\n{log}");
    }
}

#[test]
fn export_names_form_separate_groups_when_asked() {
    let _s = serial();
    for (by_name, expected) in [("true", 0), ("false", 1)] {
        let f = ready(
            "emulate",
            "connection",
            by_name,
            NBDKIT_THREAD_MODEL_PARALLEL,
        );
        let p = Plugin::new();
        let a = f.connect(&p, "a").unwrap();
        let b = f.connect(&p, "b").unwrap();
        b.pwrite(&[1; 512], 0, 0).unwrap();
        a.flush().unwrap();
        assert_eq!(b.flushes(), expected, "exportname={by_name}");
    }
}

/// Export names are grouped by their bytes: two names that are not UTF-8
/// and differ only in their invalid bytes are two exports (a lossy
/// conversion would make both U+FFFD and put them in one group).
#[test]
fn export_names_are_grouped_by_their_bytes() {
    let _s = serial();
    for (mode, track) in [("emulate", "connection"), ("plugin", "fast")] {
        let f = ready(mode, track, "true", NBDKIT_THREAD_MODEL_PARALLEL);
        let p = Plugin::new();
        let a = f
            .connect_named(harness::FakeNext::new(p.clone()), b"\xff")
            .unwrap();
        let b = f
            .connect_named(harness::FakeNext::new(p.clone()), b"\xfe")
            .unwrap();
        b.pwrite(&[1; 512], 0, 0).unwrap();
        a.flush().unwrap();
        // Emulate: a's flush is not replicated to b.
        assert_eq!(b.flushes(), 0, "mode={mode}: a's flush reached b");
        // Plugin with fast tracking: a's flush did not clean b's export,
        // so b's own flush reaches the plugin.
        b.flush().unwrap();
        assert_eq!(b.flushes(), 1, "mode={mode}: b's own flush was skipped");
    }
}
