//! The measures a document is refused on before anything runs, each computed in time linear
//! in the document's size: a token count on the raw text (before parsing), and, on the parsed
//! document, the fragment count, fragment cycles, and the depth, field, alias and directive
//! counts of the document *as executed* — every fragment spread expanded, but each fragment
//! measured once (memoised), so a document whose fragments spread each other twice per level
//! costs as much to refuse as its text is long.

use async_graphql::parser::types::{
    ExecutableDocument, FragmentDefinition, Selection, SelectionSet,
};
use async_graphql::{Name, Positioned, Value};
use std::collections::HashMap;

/// The limits of one document (from `GraphqlSettings`).
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    pub max_tokens: usize,
    /// Brackets nested in the text: selections, lists, objects, arguments.
    pub max_nesting: usize,
    pub max_fragments: usize,
    pub max_depth: usize,
    pub max_fields: u64,
    pub max_aliases: u64,
    pub max_directives: u64,
}

/// Why a document is refused, in words for the client.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    TooManyTokens(usize),
    TooDeeplyNested,
    TooManyFragments(usize),
    FragmentCycle(String),
    TooDeep(usize),
    TooManyFields(u64),
    TooManyAliases(u64),
    TooManyDirectives(u64),
    ControlCharacter,
}

impl Refusal {
    pub fn message(&self, limits: &Limits) -> String {
        match self {
            Self::TooManyTokens(_) => format!(
                "the document has more than {} tokens; split it into smaller requests",
                limits.max_tokens
            ),
            Self::TooDeeplyNested => format!(
                "the document nests brackets more than {} deep",
                limits.max_nesting
            ),
            Self::TooManyFragments(n) => format!(
                "the document defines {n} fragments; at most {} are allowed",
                limits.max_fragments
            ),
            Self::FragmentCycle(name) => format!("the fragment {name} spreads itself"),
            Self::TooDeep(depth) => format!(
                "the document is nested {depth} deep; at most {} is allowed",
                limits.max_depth
            ),
            Self::TooManyFields(n) => format!(
                "the document selects {} fields once its fragments are expanded; at most {} are allowed",
                display_count(*n),
                limits.max_fields
            ),
            Self::TooManyAliases(n) => format!(
                "the document has {} aliases once its fragments are expanded; at most {} are allowed",
                display_count(*n),
                limits.max_aliases
            ),
            Self::TooManyDirectives(n) => format!(
                "the document has {} directives once its fragments are expanded; at most {} are allowed",
                display_count(*n),
                limits.max_directives
            ),
            Self::ControlCharacter => "text may not contain control characters (other than tab, line feed and carriage return)".into(),
        }
    }
}

fn display_count(n: u64) -> String {
    if n == u64::MAX {
        "more than 18446744073709551614".into()
    } else {
        n.to_string()
    }
}

/// Reads the raw text once, before it is parsed: more than `max_tokens` tokens (punctuators,
/// names, numbers, strings; not whitespace, commas or comments), or brackets (`{`, `[`, `(`)
/// nested deeper than `max_nesting`, refuse it. The nesting bound matters because the parser
/// recurses on nested values (`[[[…]]]`, `{a:{a:…}}`) without a limit of its own: a kilobyte of
/// brackets would overflow its stack.
pub fn scan(source: &str, limits: &Limits) -> Result<(), Refusal> {
    let bytes = source.as_bytes();
    let mut i = 0;
    let mut tokens = 0usize;
    let mut nesting = 0usize;
    while i < bytes.len() {
        let b = bytes[i];
        match b {
            b' ' | b'\t' | b'\n' | b'\r' | b',' => i += 1,
            b'#' => {
                while i < bytes.len() && bytes[i] != b'\n' && bytes[i] != b'\r' {
                    i += 1;
                }
            }
            b'"' => {
                tokens += 1;
                if bytes[i..].starts_with(b"\"\"\"") {
                    i += 3;
                    while i < bytes.len() && !bytes[i..].starts_with(b"\"\"\"") {
                        i += if bytes[i..].starts_with(b"\\\"\"\"") {
                            4
                        } else {
                            1
                        };
                    }
                    i += 3;
                } else {
                    i += 1;
                    while i < bytes.len() && bytes[i] != b'"' && bytes[i] != b'\n' {
                        i += if bytes[i] == b'\\' { 2 } else { 1 };
                    }
                    i += 1;
                }
            }
            b'.' if bytes[i..].starts_with(b"...") => {
                tokens += 1;
                i += 3;
            }
            b'_' | b'a'..=b'z' | b'A'..=b'Z' | b'0'..=b'9' | b'-' => {
                tokens += 1;
                i += 1;
                while i < bytes.len()
                    && matches!(bytes[i], b'_' | b'a'..=b'z' | b'A'..=b'Z' | b'0'..=b'9' | b'.' | b'+' | b'-')
                {
                    i += 1;
                }
            }
            b'{' | b'[' | b'(' => {
                tokens += 1;
                nesting += 1;
                if nesting > limits.max_nesting {
                    return Err(Refusal::TooDeeplyNested);
                }
                i += 1;
            }
            b'}' | b']' | b')' => {
                tokens += 1;
                nesting = nesting.saturating_sub(1);
                i += 1;
            }
            _ => {
                tokens += 1;
                i += 1;
            }
        }
        if tokens > limits.max_tokens {
            return Err(Refusal::TooManyTokens(tokens));
        }
    }
    Ok(())
}

/// What executing a selection set costs: its depth and its field, alias and directive counts
/// with fragments expanded (saturating: a fan-out bomb's true count does not fit in a u64).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Measure {
    pub depth: usize,
    pub fields: u64,
    pub aliases: u64,
    pub directives: u64,
}

impl Measure {
    fn add(&mut self, other: Measure) {
        self.depth = self.depth.max(other.depth);
        self.fields = self.fields.saturating_add(other.fields);
        self.aliases = self.aliases.saturating_add(other.aliases);
        self.directives = self.directives.saturating_add(other.directives);
    }
}

enum State {
    InProgress,
    Done(Measure),
}

struct Measurer<'a> {
    document: &'a ExecutableDocument,
    fragments: HashMap<&'a str, State>,
}

impl<'a> Measurer<'a> {
    fn fragment(&mut self, name: &'a Name) -> Result<Measure, Refusal> {
        match self.fragments.get(name.as_str()) {
            Some(State::Done(measure)) => return Ok(*measure),
            Some(State::InProgress) => return Err(Refusal::FragmentCycle(name.to_string())),
            None => {}
        }
        // An unknown fragment is the validator's to report; it costs nothing here.
        let Some(definition) = self.document.fragments.get(name) else {
            return Ok(Measure::default());
        };
        self.fragments.insert(name.as_str(), State::InProgress);
        let mut measure = self.selection_set(&definition.node.selection_set.node)?;
        measure.directives = measure
            .directives
            .saturating_add(definition.node.directives.len() as u64);
        self.fragments.insert(name.as_str(), State::Done(measure));
        Ok(measure)
    }

    fn selection_set(&mut self, set: &'a SelectionSet) -> Result<Measure, Refusal> {
        let mut total = Measure::default();
        for item in &set.items {
            let measure = match &item.node {
                Selection::Field(field) => {
                    let field = &field.node;
                    let inner = self.selection_set(&field.selection_set.node)?;
                    // Introspection (`__…`) does not count towards depth: GraphiQL's
                    // introspection query is deep by nature and bounded by the schema.
                    let introspection = field.name.node.starts_with("__");
                    Measure {
                        depth: if introspection { 0 } else { 1 + inner.depth },
                        fields: inner.fields.saturating_add(1),
                        aliases: inner
                            .aliases
                            .saturating_add(u64::from(field.alias.is_some())),
                        directives: inner
                            .directives
                            .saturating_add(field.directives.len() as u64),
                    }
                }
                Selection::InlineFragment(fragment) => {
                    let mut inner = self.selection_set(&fragment.node.selection_set.node)?;
                    inner.directives = inner
                        .directives
                        .saturating_add(fragment.node.directives.len() as u64);
                    inner
                }
                Selection::FragmentSpread(spread) => {
                    let mut inner = self.fragment(&spread.node.fragment_name.node)?;
                    inner.directives = inner
                        .directives
                        .saturating_add(spread.node.directives.len() as u64);
                    inner
                }
            };
            total.add(measure);
        }
        Ok(total)
    }
}

/// The document as executed, all operations together; refuses fragment cycles. Fragments that
/// no operation spreads are measured too, so a cycle among them is refused as well.
pub fn measure(document: &ExecutableDocument) -> Result<Measure, Refusal> {
    let mut measurer = Measurer {
        document,
        fragments: HashMap::with_capacity(document.fragments.len()),
    };
    let mut total = Measure::default();
    for (_, operation) in document.operations.iter() {
        let mut measure = measurer.selection_set(&operation.node.selection_set.node)?;
        measure.directives = measure
            .directives
            .saturating_add(operation.node.directives.len() as u64);
        total.add(measure);
    }
    let names: Vec<&Name> = document.fragments.keys().collect();
    for name in names {
        measurer.fragment(name)?;
    }
    Ok(total)
}

/// Every check on a parsed document, in order.
pub fn check(document: &ExecutableDocument, limits: &Limits) -> Result<(), Refusal> {
    if document.fragments.len() > limits.max_fragments {
        return Err(Refusal::TooManyFragments(document.fragments.len()));
    }
    let measure = measure(document)?;
    if measure.fields > limits.max_fields {
        return Err(Refusal::TooManyFields(measure.fields));
    }
    if measure.aliases > limits.max_aliases {
        return Err(Refusal::TooManyAliases(measure.aliases));
    }
    if measure.directives > limits.max_directives {
        return Err(Refusal::TooManyDirectives(measure.directives));
    }
    if measure.depth > limits.max_depth {
        return Err(Refusal::TooDeep(measure.depth));
    }
    if has_control_character(document) {
        return Err(Refusal::ControlCharacter);
    }
    Ok(())
}

/// A control character other than tab, line feed and carriage return has no place in any
/// text a client sends (PostgreSQL refuses NUL outright); names and codes refuse the three
/// too, in their own parsers.
pub fn is_forbidden_control(c: char) -> bool {
    c.is_control() && !matches!(c, '\t' | '\n' | '\r')
}

fn string_has_control(text: &str) -> bool {
    text.chars().any(is_forbidden_control)
}

/// Whether any string in a value (an argument or a variable) holds a forbidden control
/// character, object keys included.
pub fn value_has_control(value: &Value) -> bool {
    match value {
        Value::String(s) => string_has_control(s),
        Value::Enum(name) => string_has_control(name.as_str()),
        Value::List(items) => items.iter().any(value_has_control),
        Value::Object(map) => map
            .iter()
            .any(|(key, v)| string_has_control(key) || value_has_control(v)),
        _ => false,
    }
}

fn selection_set_has_control(set: &SelectionSet) -> bool {
    set.items.iter().any(|item| match &item.node {
        Selection::Field(field) => {
            let field = &field.node;
            field.arguments.iter().any(|(_, argument)| {
                // Variables are checked apart, with their values; here they count as null.
                argument
                    .node
                    .clone()
                    .into_const_with(|_| Ok::<_, std::convert::Infallible>(Value::Null))
                    .is_ok_and(|value| value_has_control(&value))
            }) || selection_set_has_control(&field.selection_set.node)
        }
        Selection::InlineFragment(fragment) => {
            selection_set_has_control(&fragment.node.selection_set.node)
        }
        Selection::FragmentSpread(_) => false,
    })
}

fn fragment_has_control(fragment: &Positioned<FragmentDefinition>) -> bool {
    selection_set_has_control(&fragment.node.selection_set.node)
}

fn has_control_character(document: &ExecutableDocument) -> bool {
    document
        .operations
        .iter()
        .any(|(_, op)| selection_set_has_control(&op.node.selection_set.node))
        || document.fragments.values().any(fragment_has_control)
}

#[cfg(test)]
mod tests {
    use super::*;
    use async_graphql::parser::parse_query;

    const LIMITS: Limits = Limits {
        max_tokens: 1_000,
        max_nesting: 64,
        max_fragments: 50,
        max_depth: 12,
        max_fields: 2_000,
        max_aliases: 30,
        max_directives: 50,
    };

    fn bomb(levels: usize) -> String {
        let mut text = String::from("query{...F0}");
        for level in 0..levels {
            text.push_str(&format!(
                " fragment F{level} on Query{{...F{next} ...F{next}}}",
                next = level + 1
            ));
        }
        text.push_str(&format!(" fragment F{levels} on Query{{__typename}}"));
        text
    }

    #[test]
    fn a_fragment_fan_out_bomb_is_measured_without_expanding_it() {
        let document = parse_query(bomb(70)).expect("parses");
        let measure = measure(&document).expect("no cycle");
        assert_eq!(measure.fields, u64::MAX, "saturates");
        assert_eq!(
            check(&document, &LIMITS),
            Err(Refusal::TooManyFragments(71)),
            "the fragment count is checked first"
        );
        let within_fragment_limit = parse_query(bomb(40)).expect("parses");
        assert_eq!(
            check(&within_fragment_limit, &LIMITS),
            Err(Refusal::TooManyFields(1 << 40))
        );
        let small = parse_query(bomb(3)).expect("parses");
        assert_eq!(measure_fields(&small), 8);
    }

    fn measure_fields(document: &ExecutableDocument) -> u64 {
        measure(document).expect("measures").fields
    }

    #[test]
    fn fragment_cycles_are_refused_even_when_unused() {
        let document =
            parse_query("query{__typename} fragment A on Query{...B} fragment B on Query{...A}")
                .expect("parses");
        assert!(matches!(
            check(&document, &LIMITS),
            Err(Refusal::FragmentCycle(_))
        ));
    }

    #[test]
    fn depth_follows_fragments_and_skips_introspection() {
        let document = parse_query(
            "query P{a{...F}} fragment F on A{b{c{d}}} query Q{__schema{types{fields{type{ofType{name}}}}}}",
        )
        .expect("parses");
        let measure = measure(&document).expect("measures");
        assert_eq!(measure.depth, 4);
        assert_eq!(measure.fields, 4 + 6);
    }

    #[test]
    fn aliases_and_directives_count_once_per_expansion() {
        let document = parse_query(
            "query{...F ...F @include(if: true)} fragment F on Query{x: a @skip(if: false) y: b}",
        )
        .expect("parses");
        let measure = measure(&document).expect("measures");
        assert_eq!(measure.aliases, 4);
        assert_eq!(measure.directives, 3);
    }

    fn tokens(source: &str, max_tokens: usize) -> Result<(), Refusal> {
        scan(
            source,
            &Limits {
                max_tokens,
                ..LIMITS
            },
        )
    }

    #[test]
    fn tokens_are_counted_lexically_and_early() {
        assert_eq!(tokens("{ a { b } }", 6), Ok(()));
        assert_eq!(tokens("{ a { b } }", 5), Err(Refusal::TooManyTokens(6)));
        // Strings, block strings and comments: one token each or none.
        assert_eq!(
            tokens(
                "# a comment with { many } tokens\n{ a(s: \"x { y } \\\" z\", t: \"\"\"b { \\\"\"\" c\"\"\") }",
                12
            ),
            Ok(())
        );
        assert_eq!(tokens("{ a(n: -1.5e+3) ...F }", 10), Ok(()));
        let huge = "{ ".to_string() + &"__typename ".repeat(80_000) + "}";
        assert!(tokens(&huge, 10_000).is_err());
    }

    #[test]
    fn brackets_nested_too_deep_are_refused_before_the_parser_recurses() {
        let deep_list = format!(
            "{{ node(id: {}1{}) {{ id }} }}",
            "[".repeat(400),
            "]".repeat(400)
        );
        assert_eq!(scan(&deep_list, &LIMITS), Err(Refusal::TooDeeplyNested));
        let deep_object = format!("{{ a(x: {}1{}) }}", "{a:".repeat(300), "}".repeat(300));
        assert_eq!(scan(&deep_object, &LIMITS), Err(Refusal::TooDeeplyNested));
        // Brackets inside strings do not count.
        let quoted = format!("{{ a(s: \"{}\") }}", "[".repeat(400));
        assert_eq!(scan(&quoted, &LIMITS), Ok(()));
    }

    #[test]
    fn control_characters_are_refused_in_arguments_but_not_tabs_or_newlines() {
        let nul = parse_query("{ a(s: \"x\\u0000y\") }").expect("parses");
        assert_eq!(check(&nul, &LIMITS), Err(Refusal::ControlCharacter));
        let nested = parse_query("{ a(input: {list: [\"ok\", \"\\u0007\"]}) }").expect("parses");
        assert_eq!(check(&nested, &LIMITS), Err(Refusal::ControlCharacter));
        let fine = parse_query("{ a(s: \"line\\nnext\\tcol\\r\") }").expect("parses");
        assert_eq!(check(&fine, &LIMITS), Ok(()));
    }
}
