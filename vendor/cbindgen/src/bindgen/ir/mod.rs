/* This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at http://mozilla.org/MPL/2.0/. */

pub mod annotation;
pub mod cfg;
pub mod constant;
pub mod documentation;
pub mod enumeration;
pub mod field;
pub mod function;
pub mod generic_path;
pub mod global;
pub mod item;
pub mod opaque;
pub mod path;
pub mod repr;
pub mod structure;
pub mod ty;
pub mod typedef;
pub mod union;

pub use self::annotation::{AnnotationSet, AnnotationValue, DeprecatedNoteKind};
pub use self::cfg::*;
pub use self::constant::*;
pub use self::documentation::Documentation;
pub use self::enumeration::*;
pub use self::field::*;
pub use self::function::*;
pub use self::generic_path::*;
pub use self::global::*;
pub use self::item::*;
pub use self::opaque::*;
pub use self::path::*;
pub use self::repr::*;
pub use self::structure::*;
pub use self::ty::*;
pub use self::typedef::*;
pub use self::union::*;
