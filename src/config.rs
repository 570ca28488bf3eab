//! Configuration keys and their values.
//!
//! Pure code: `.config` hands each `key=value` to [`Config::apply`], which
//! either takes the key (it is one of ours), rejects a bad value with a
//! message naming the key, the value and what is accepted, or passes the key
//! on to the next layer.

use std::fmt;

/// `multi-conn-mode`: how the filter treats the multi-conn flag.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Mode {
    /// Resolved per connection to `Disable`, `Plugin` or `Emulate`.
    #[default]
    Auto,
    /// Advertise multi-conn and replicate flushes across connections.
    Emulate,
    /// Pass the plugin's own answer through.
    Plugin,
    /// Never advertise multi-conn.
    Disable,
    /// Always advertise multi-conn, without doing anything to earn it.
    Unsafe,
}

impl Mode {
    pub const ACCEPTED: &'static str = "auto, emulate, plugin, disable or unsafe";

    pub fn parse(value: &str) -> Option<Mode> {
        Some(match value {
            "auto" => Mode::Auto,
            "emulate" => Mode::Emulate,
            "plugin" => Mode::Plugin,
            "disable" => Mode::Disable,
            "unsafe" => Mode::Unsafe,
            _ => return None,
        })
    }

    /// Resolve `auto` for one connection, saying why for the debug log.
    /// `serialize_connections` is the thread model nbdkit chose; the plugin's
    /// multi-conn answer is only asked for when it matters; `None` from it (the
    /// plugin failed to answer) fails the resolution.
    pub fn resolve(
        self,
        serialize_connections: bool,
        plugin_multi_conn: impl FnOnce() -> Option<bool>,
    ) -> Option<(Mode, &'static str)> {
        Some(match self {
            Mode::Auto if serialize_connections => {
                (Mode::Disable, "thread model serializes connections")
            }
            Mode::Auto if plugin_multi_conn()? => (Mode::Plugin, "plugin supports multi-conn"),
            Mode::Auto => (Mode::Emulate, "plugin lacks multi-conn"),
            explicit => (explicit, "configured"),
        })
    }

    pub fn name(self) -> &'static str {
        match self {
            Mode::Auto => "auto",
            Mode::Emulate => "emulate",
            Mode::Plugin => "plugin",
            Mode::Disable => "disable",
            Mode::Unsafe => "unsafe",
        }
    }
}

/// `multi-conn-track-dirty`: how much dirty state is kept to skip flushes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum TrackDirty {
    /// Per connection READ/WRITE bits plus a per-group flag.
    #[default]
    Connection,
    /// Only the per-group flag.
    Fast,
    /// Nothing: every flush goes to the plugin.
    Off,
}

impl TrackDirty {
    pub const ACCEPTED: &'static str = "connection, conn, fast or off";

    pub fn parse(value: &str) -> Option<TrackDirty> {
        Some(match value {
            "connection" | "conn" => TrackDirty::Connection,
            "fast" => TrackDirty::Fast,
            "off" => TrackDirty::Off,
            _ => return None,
        })
    }

    pub fn name(self) -> &'static str {
        match self {
            TrackDirty::Connection => "connection",
            TrackDirty::Fast => "fast",
            TrackDirty::Off => "off",
        }
    }
}

/// `multi-conn-close`: what emulate mode does with a connection that
/// leaves with unflushed writes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum OnClose {
    /// Write them back through the connection's own handle (a cache shared
    /// by every connection would keep them).
    #[default]
    Flush,
    /// Leave them to the plugin, as nbdkit's own filter does.
    None,
}

impl OnClose {
    pub const ACCEPTED: &'static str = "flush or none";

    pub fn parse(value: &str) -> Option<OnClose> {
        Some(match value {
            "flush" => OnClose::Flush,
            "none" => OnClose::None,
            _ => return None,
        })
    }

    pub fn name(self) -> &'static str {
        match self {
            OnClose::Flush => "flush",
            OnClose::None => "none",
        }
    }
}

pub const KEY_MODE: &str = "multi-conn-mode";
pub const KEY_CLOSE: &str = "multi-conn-close";
pub const KEY_TRACK_DIRTY: &str = "multi-conn-track-dirty";
pub const KEY_EXPORTNAME: &str = "multi-conn-exportname";
pub const KEY_EXPORTNAME_ALIAS: &str = "multi-conn-export-name";

/// Shown by `nbdkit --filter=... PLUGIN --help`.
pub const CONFIG_HELP: &str = "\
multi-conn-mode=<MODE>          auto (default), emulate, plugin, disable
                                or unsafe.
multi-conn-track-dirty=<LEVEL>  connection (default, also conn), fast or off.
multi-conn-exportname=<BOOL>    true: replicate flushes only between
                                connections to the same export name.
multi-conn-close=flush|none     emulate mode: write back a connection that
                                closes with unflushed writes (default flush).";

/// The parsed configuration, fixed once nbdkit calls `.get_ready`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct Config {
    pub mode: Mode,
    pub track: TrackDirty,
    pub by_export_name: bool,
    pub on_close: OnClose,
    /// Which keys have been given (bit per key, aliases together), so that
    /// a key given twice can be warned about.
    given: u8,
}

/// A value the filter could not accept.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ConfigError {
    pub key: &'static str,
    pub value: String,
    /// The accepted values, or `None` for a boolean.
    pub expected: Option<&'static str>,
}

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.expected {
            None => write!(
                f,
                "{}: expected a boolean, got '{}' (true, false, yes, no, on, off, 1 or 0)",
                self.key, self.value
            ),
            Some(choices) => write!(
                f,
                "{}: unknown value '{}' (expected {choices})",
                self.key, self.value
            ),
        }
    }
}

/// What `.config` should do with a key.
#[derive(Debug, PartialEq, Eq)]
pub enum Applied {
    /// The key was ours and its value is now in force.
    Taken,
    /// The key was ours and had been given before: this value replaces
    /// the earlier one (as with nbdkit's filter), which is worth a warning.
    Again(&'static str),
    /// Not our key: hand it to the next layer unchanged.
    PassOn,
}

impl Config {
    /// Apply one `key=value`.  Booleans take nbdkit's spellings
    /// ([`parse_bool`]).
    pub fn apply(&mut self, key: &str, value: &str) -> Result<Applied, ConfigError> {
        let bad = |key, expected| ConfigError {
            key,
            value: value.to_owned(),
            expected,
        };
        match key {
            KEY_MODE => {
                self.mode =
                    Mode::parse(value).ok_or_else(|| bad(KEY_MODE, Some(Mode::ACCEPTED)))?;
            }
            KEY_TRACK_DIRTY => {
                self.track = TrackDirty::parse(value)
                    .ok_or_else(|| bad(KEY_TRACK_DIRTY, Some(TrackDirty::ACCEPTED)))?;
            }
            KEY_CLOSE => {
                self.on_close =
                    OnClose::parse(value).ok_or_else(|| bad(KEY_CLOSE, Some(OnClose::ACCEPTED)))?;
            }
            KEY_EXPORTNAME | KEY_EXPORTNAME_ALIAS => {
                self.by_export_name = parse_bool(value).ok_or_else(|| bad(KEY_EXPORTNAME, None))?;
            }
            _ => return Ok(Applied::PassOn),
        }
        let (bit, name) = match key {
            KEY_MODE => (1, KEY_MODE),
            KEY_TRACK_DIRTY => (2, KEY_TRACK_DIRTY),
            KEY_CLOSE => (4, KEY_CLOSE),
            _ => (8, KEY_EXPORTNAME),
        };
        let again = self.given & bit != 0;
        self.given |= bit;
        Ok(if again {
            Applied::Again(name)
        } else {
            Applied::Taken
        })
    }
}

/// nbdkit's spellings of a boolean, as `nbdkit_parse_bool` takes them (the
/// same list from nbdkit 1.26 to 1.42).  Parsed here rather than by nbdkit,
/// so that a bad value gets one message, naming the key, not nbdkit's
/// "could not decipher boolean" beside it.
pub fn parse_bool(value: &str) -> Option<bool> {
    const TRUE: [&str; 6] = ["1", "true", "t", "yes", "y", "on"];
    const FALSE: [&str; 6] = ["0", "false", "f", "no", "n", "off"];
    let is = |set: &[&str]| set.iter().any(|s| s.eq_ignore_ascii_case(value));
    if is(&TRUE) {
        Some(true)
    } else if is(&FALSE) {
        Some(false)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn apply(c: &mut Config, k: &str, v: &str) -> Result<Applied, ConfigError> {
        c.apply(k, v)
    }

    fn taken(r: Result<Applied, ConfigError>) -> bool {
        matches!(r, Ok(Applied::Taken | Applied::Again(_)))
    }

    #[test]
    fn a_key_given_again_is_told_apart() {
        let mut c = Config::default();
        assert_eq!(apply(&mut c, KEY_MODE, "emulate"), Ok(Applied::Taken));
        assert_eq!(apply(&mut c, KEY_EXPORTNAME, "on"), Ok(Applied::Taken));
        assert_eq!(
            apply(&mut c, KEY_MODE, "plugin"),
            Ok(Applied::Again(KEY_MODE))
        );
        assert_eq!(c.mode, Mode::Plugin, "the last value wins");
        // An alias is the same key.
        assert_eq!(
            apply(&mut c, KEY_EXPORTNAME_ALIAS, "off"),
            Ok(Applied::Again(KEY_EXPORTNAME))
        );
        assert_eq!(apply(&mut c, KEY_TRACK_DIRTY, "fast"), Ok(Applied::Taken));
        assert_eq!(apply(&mut c, KEY_CLOSE, "none"), Ok(Applied::Taken));
    }

    #[test]
    fn booleans_are_nbdkits_spellings() {
        for v in ["1", "true", "TRUE", "t", "Yes", "y", "on", "ON"] {
            assert_eq!(parse_bool(v), Some(true), "{v}");
        }
        for v in ["0", "false", "F", "no", "N", "off", "Off"] {
            assert_eq!(parse_bool(v), Some(false), "{v}");
        }
        for v in ["", "2", "maybe", "yess", " on", "01"] {
            assert_eq!(parse_bool(v), None, "{v}");
        }
    }

    #[test]
    fn defaults() {
        let c = Config::default();
        assert_eq!(c.mode, Mode::Auto);
        assert_eq!(c.track, TrackDirty::Connection);
        assert!(!c.by_export_name);
        assert_eq!(c.on_close, OnClose::Flush);
    }

    #[test]
    fn close_option() {
        let mut c = Config::default();
        assert_eq!(apply(&mut c, KEY_CLOSE, "none"), Ok(Applied::Taken));
        assert_eq!(c.on_close, OnClose::None);
        assert_eq!(
            apply(&mut c, KEY_CLOSE, "flush"),
            Ok(Applied::Again(KEY_CLOSE))
        );
        assert_eq!(c.on_close, OnClose::Flush);
        let e = apply(&mut c, KEY_CLOSE, "sync").unwrap_err();
        assert_eq!(
            e.to_string(),
            "multi-conn-close: unknown value 'sync' (expected flush or none)"
        );
    }

    #[test]
    fn every_mode_and_level_spelling() {
        let mut c = Config::default();
        for (v, m) in [
            ("auto", Mode::Auto),
            ("emulate", Mode::Emulate),
            ("plugin", Mode::Plugin),
            ("disable", Mode::Disable),
            ("unsafe", Mode::Unsafe),
        ] {
            assert!(taken(apply(&mut c, KEY_MODE, v)));
            assert_eq!(c.mode, m);
            assert_eq!(m.name(), v);
        }
        for (v, t) in [
            ("connection", TrackDirty::Connection),
            ("conn", TrackDirty::Connection),
            ("fast", TrackDirty::Fast),
            ("off", TrackDirty::Off),
        ] {
            assert!(taken(apply(&mut c, KEY_TRACK_DIRTY, v)));
            assert_eq!(c.track, t);
        }
        for key in [KEY_EXPORTNAME, KEY_EXPORTNAME_ALIAS] {
            for (v, b) in [("on", true), ("0", false), ("1", true), ("off", false)] {
                assert!(taken(apply(&mut c, key, v)));
                assert_eq!(c.by_export_name, b);
            }
        }
    }

    #[test]
    fn bad_values_name_key_value_and_choices() {
        let mut c = Config::default();
        let e = apply(&mut c, KEY_MODE, "fast").unwrap_err();
        assert_eq!(
            e.to_string(),
            "multi-conn-mode: unknown value 'fast' (expected auto, emulate, plugin, disable or unsafe)"
        );
        let e = apply(&mut c, KEY_TRACK_DIRTY, "Conn").unwrap_err();
        assert_eq!(
            e.to_string(),
            "multi-conn-track-dirty: unknown value 'Conn' (expected connection, conn, fast or off)"
        );
        let e = apply(&mut c, KEY_EXPORTNAME_ALIAS, "maybe").unwrap_err();
        assert_eq!(
            e.to_string(),
            "multi-conn-exportname: expected a boolean, got 'maybe' \
             (true, false, yes, no, on, off, 1 or 0)"
        );
        // A rejected value leaves the configuration as it was.
        assert_eq!(c, Config::default());
    }

    #[test]
    fn auto_resolution() {
        let yes = || Some(true);
        let no = || Some(false);
        assert_eq!(Mode::Auto.resolve(true, yes).unwrap().0, Mode::Disable);
        assert_eq!(Mode::Auto.resolve(false, yes).unwrap().0, Mode::Plugin);
        assert_eq!(Mode::Auto.resolve(false, no).unwrap().0, Mode::Emulate);
        assert!(Mode::Auto.resolve(false, || None).is_none());
        // Explicit modes stay as they are, and never ask the plugin.
        for m in [Mode::Emulate, Mode::Plugin, Mode::Disable, Mode::Unsafe] {
            assert_eq!(m.resolve(true, || panic!()).unwrap(), (m, "configured"));
        }
    }

    #[test]
    fn other_keys_pass_on() {
        let mut c = Config::default();
        assert_eq!(apply(&mut c, "size", "1M"), Ok(Applied::PassOn));
        assert_eq!(apply(&mut c, "multi-conn", "x"), Ok(Applied::PassOn));
        assert_eq!(c, Config::default());
    }
}
