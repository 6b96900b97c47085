//! Tenant and scope isolation swept over the whole schema, with no list of operations to keep.
//!
//! The sweep reads the schema the server serves (introspection over HTTP, as an integrator
//! would) and finds every root query and mutation that takes an `ID` — as an argument or anywhere
//! in its input, nested inputs and lists included. It fills the rest of each input with
//! plausible values and puts a foreign id in the `ID` slot: as county B's admin with county A's
//! ids, and as a grid worker of 文昌社区 with the ids of what 青河社区 and the rest of county A
//! hold. Every answer must be `NOT_FOUND` (`FORBIDDEN` where the role lacks the action), a
//! `userErrors` entry on the id, or data holding none of the foreign ids and names; afterwards
//! county A's data and audit log are as they were.

use crate::archives::grid_in_county_b;
use crate::helpers::*;
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use chrono::{TimeZone, Utc};
use serde_json::{Map, Value, json};
use std::collections::{BTreeMap, BTreeSet, HashMap};

const QINGHE_GRID_1: &str = "371599001001001";
const WENCHANG_GRID_1: &str = "371599001002001";

/// Fewer operations than this means the sweep has stopped finding them.
const FLOOR: usize = 90;

const PNG: &[u8] =
    b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x06\0\0\0\x1f\x15\xc4\x89";

// ---------------------------------------------------------------------------------------------
// The schema, as introspection tells it.

const INTROSPECTION: &str = "query Introspection { __schema { queryType { name } mutationType { name }
  types { kind name fields(includeDeprecated: true) { name description args { ...Value } type { ...Type } }
          inputFields { ...Value } enumValues(includeDeprecated: true) { name } interfaces { name } } } }
fragment Value on __InputValue { name defaultValue type { ...Type } }
fragment Type on __Type { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } }";

#[derive(Debug, Clone)]
enum Ty {
    Named(String),
    List(Box<Ty>),
    NonNull(Box<Ty>),
}

impl Ty {
    fn parse(v: &Value) -> Ty {
        match v["kind"].as_str() {
            Some("NON_NULL") => Ty::NonNull(Box::new(Ty::parse(&v["ofType"]))),
            Some("LIST") => Ty::List(Box::new(Ty::parse(&v["ofType"]))),
            _ => Ty::Named(v["name"].as_str().unwrap_or_default().to_string()),
        }
    }

    fn name(&self) -> &str {
        match self {
            Ty::Named(name) => name,
            Ty::List(inner) | Ty::NonNull(inner) => inner.name(),
        }
    }

    fn non_null(&self) -> bool {
        matches!(self, Ty::NonNull(_))
    }

    fn render(&self) -> String {
        match self {
            Ty::Named(name) => name.clone(),
            Ty::List(inner) => format!("[{}]", inner.render()),
            Ty::NonNull(inner) => format!("{}!", inner.render()),
        }
    }
}

#[derive(Debug, Clone)]
struct InputValue {
    name: String,
    ty: Ty,
    has_default: bool,
}

impl InputValue {
    fn parse(v: &Value) -> Self {
        InputValue {
            name: v["name"].as_str().unwrap_or_default().to_string(),
            ty: Ty::parse(&v["type"]),
            has_default: !v["defaultValue"].is_null(),
        }
    }

    /// Must be given: non-null without a default.
    fn required(&self) -> bool {
        self.ty.non_null() && !self.has_default
    }
}

#[derive(Debug, Clone)]
struct Field {
    name: String,
    description: String,
    args: Vec<InputValue>,
    ty: Ty,
}

#[derive(Debug, Default)]
struct TypeDef {
    kind: String,
    fields: Vec<Field>,
    input_fields: Vec<InputValue>,
    enum_values: Vec<String>,
    interfaces: Vec<String>,
}

struct Schema {
    types: HashMap<String, TypeDef>,
    query: String,
    mutation: String,
}

fn list(v: &Value) -> &[Value] {
    v.as_array().map(Vec::as_slice).unwrap_or_default()
}

impl Schema {
    async fn introspect(app: &TestApp, token: &str) -> Schema {
        let response = app.gql(Some(token), INTROSPECTION, json!({})).await;
        let schema = &response.ok()["__schema"];
        let mut types = HashMap::new();
        for t in list(&schema["types"]) {
            let name = t["name"].as_str().expect("type name").to_string();
            let fields = list(&t["fields"])
                .iter()
                .map(|f| Field {
                    name: f["name"].as_str().expect("field name").to_string(),
                    description: f["description"].as_str().unwrap_or_default().to_string(),
                    args: list(&f["args"]).iter().map(InputValue::parse).collect(),
                    ty: Ty::parse(&f["type"]),
                })
                .collect();
            let names = |key: &str| -> Vec<String> {
                list(&t[key])
                    .iter()
                    .filter_map(|v| v["name"].as_str().map(str::to_string))
                    .collect()
            };
            types.insert(
                name,
                TypeDef {
                    kind: t["kind"].as_str().unwrap_or_default().to_string(),
                    fields,
                    input_fields: list(&t["inputFields"])
                        .iter()
                        .map(InputValue::parse)
                        .collect(),
                    enum_values: names("enumValues"),
                    interfaces: names("interfaces"),
                },
            );
        }
        Schema {
            types,
            query: schema["queryType"]["name"]
                .as_str()
                .expect("query type")
                .to_string(),
            mutation: schema["mutationType"]["name"]
                .as_str()
                .expect("mutation type")
                .to_string(),
        }
    }

    fn kind(&self, name: &str) -> &str {
        self.types.get(name).map_or("", |t| t.kind.as_str())
    }

    fn fields(&self, name: &str) -> &[Field] {
        self.types.get(name).map_or(&[], |t| t.fields.as_slice())
    }

    fn leaf(&self, name: &str) -> bool {
        matches!(self.kind(name), "SCALAR" | "ENUM")
    }

    /// The object types with an `id`: every kind of thing with a global id (more than the
    /// `Node` interface holds).
    fn node_types(&self) -> Vec<String> {
        let mut out: Vec<String> = self
            .types
            .iter()
            .filter(|(_, t)| {
                t.kind == "OBJECT"
                    && t.fields
                        .iter()
                        .any(|f| f.name == "id" && f.ty.non_null() && f.ty.name() == "ID")
            })
            .map(|(name, _)| name.clone())
            .collect();
        out.sort();
        out
    }

    /// Whether `node(id:)` can fetch objects of this type.
    fn is_node(&self, name: &str) -> bool {
        self.types
            .get(name)
            .is_some_and(|t| t.interfaces.iter().any(|i| i == "Node"))
    }

    /// Node types that hang in a tree under a parent of their own type (regions, party
    /// organisations…): what a `parentId` or `underId` names.
    fn tree_types(&self) -> Vec<String> {
        self.node_types()
            .into_iter()
            .filter(|t| {
                self.fields(t)
                    .iter()
                    .any(|f| (f.name == "parent" && f.ty.name() == t) || f.name == "parentId")
            })
            .collect()
    }
}

// ---------------------------------------------------------------------------------------------
// Where the ids go: every `ID` inside an operation's arguments.

#[derive(Debug, Clone, PartialEq, Eq)]
enum Step {
    Field(String),
    Elem,
}

type Path = Vec<Step>;

#[derive(Debug, Clone)]
struct Slot {
    path: Path,
    /// The argument or input field that holds the id.
    name: String,
    /// Given in every call: it and every input around it are non-null without a default.
    required: bool,
    /// The input types around it (their names hint at what the id names).
    context: Vec<String>,
}

fn slots_of(schema: &Schema, field: &Field) -> Vec<Slot> {
    let mut out = Vec::new();
    for arg in &field.args {
        collect_slots(
            schema,
            &arg.ty,
            vec![Step::Field(arg.name.clone())],
            &arg.name,
            arg.required(),
            &mut Vec::new(),
            &mut out,
        );
    }
    out
}

fn collect_slots(
    schema: &Schema,
    ty: &Ty,
    path: Path,
    name: &str,
    required: bool,
    context: &mut Vec<String>,
    out: &mut Vec<Slot>,
) {
    match ty {
        Ty::NonNull(inner) => collect_slots(schema, inner, path, name, required, context, out),
        Ty::List(inner) => {
            let mut path = path;
            path.push(Step::Elem);
            collect_slots(schema, inner, path, name, required, context, out);
        }
        Ty::Named(id) if id == "ID" => out.push(Slot {
            path,
            name: name.to_string(),
            required,
            context: context.clone(),
        }),
        Ty::Named(input) => {
            if schema.kind(input) != "INPUT_OBJECT" || context.contains(input) {
                return;
            }
            context.push(input.clone());
            for f in schema.types.get(input).map_or(&[][..], |t| &t.input_fields) {
                let mut inner = path.clone();
                inner.push(Step::Field(f.name.clone()));
                collect_slots(
                    schema,
                    &f.ty,
                    inner,
                    &f.name,
                    required && f.required(),
                    context,
                    out,
                );
            }
            context.pop();
        }
    }
}

/// `toOrganisationId` → `to organisation`; plurals made singular, `id` and `input` dropped.
fn words(name: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut current = String::new();
    for c in name.chars() {
        if c.is_uppercase() && !current.is_empty() {
            out.push(std::mem::take(&mut current));
        }
        current.push(c.to_ascii_lowercase());
    }
    if !current.is_empty() {
        out.push(current);
    }
    out.into_iter()
        .map(|w| {
            if let Some(stem) = w.strip_suffix("ies") {
                format!("{stem}y")
            } else if w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") {
                w[..w.len() - 1].to_string()
            } else {
                w
            }
        })
        .filter(|w| !matches!(w.as_str(), "id" | "ids" | "input"))
        .collect()
}

/// The node types an id slot names, from the slot's name and the operation's: `residentId` → a
/// resident, `gridId` → a region, `id` of `updateHouse` → a house, `parentId` of
/// `createPartyOrganisation` → a party organisation. Empty when the names say nothing
/// (`node(id)`, `targetId`, `scopeId`): then every kind of id is tried.
fn expected_types(schema: &Schema, operation: &str, slot: &Slot) -> Vec<String> {
    let node_types = schema.node_types();
    let mut context: BTreeSet<String> = words(operation).into_iter().collect();
    for input in &slot.context {
        context.extend(words(input));
    }
    let own = words(&slot.name);
    context.extend(own.iter().cloned());
    let fits = |t: &String| words(t).iter().all(|w| context.contains(w));
    let Some(last) = own.last() else {
        // `id`, `ids`: what the operation is about.
        return node_types.into_iter().filter(fits).collect();
    };
    let last = match last.as_str() {
        "grid" | "street" | "community" | "county" => "region",
        other => other,
    };
    let named: Vec<String> = node_types
        .iter()
        .filter(|t| words(t).last().is_some_and(|w| w == last))
        .cloned()
        .collect();
    if !named.is_empty() {
        return named;
    }
    if matches!(last, "parent" | "under") {
        let trees = schema.tree_types();
        let score = |t: &String| words(t).iter().filter(|w| context.contains(*w)).count();
        let best = trees.iter().map(score).max().unwrap_or(0);
        return trees.into_iter().filter(|t| score(t) == best).collect();
    }
    Vec::new()
}

// ---------------------------------------------------------------------------------------------
// Building a call: plausible values, the ids in their slots, a small selection.

/// A plausible value of a scalar for an input field; `attempt` > 0 picks another when the
/// server refused the first (a code that must be ASCII, a year, a deadline in the future).
fn plausible(scalar: &str, field: &str, attempt: usize) -> Value {
    let lower = field.to_ascii_lowercase();
    let text = |options: &[&str]| json!(options[attempt % options.len()]);
    match scalar {
        "Int" if lower.contains("year") => json!(2026),
        "Int" => json!([1, 2026, 24][attempt % 3]),
        "Float" => json!([1.0, 117.0, 36.0][attempt % 3]),
        "Boolean" => json!(false),
        "DateTime" => text(&["2026-12-01T08:00:00Z", "2027-06-01T08:00:00Z"]),
        "NaiveDate" => text(&["2026-11-23", "2026-06-01"]),
        "JSON" if lower.contains("boundary") => square(117.0, 36.0, 0.01),
        "JSON" => json!({}),
        _ if lower.contains("password") => text(&["Sweep#2026pass"]),
        _ if lower.contains("username") => text(&["sweep.user"]),
        _ if lower.contains("idcard") => json!(crate::archives::id_card("11010519491231002")),
        _ if lower.contains("phone") => text(&["13800138000"]),
        _ => text(&["测试", "T1", "9901", "测试-2026"]),
    }
}

/// What a call fills: `given` ids are put in (with the inputs around them); `fallback` ids only
/// where a required or `wanted` input reaches them; `wanted` optional fields are filled too
/// (the server said they are needed), and `refused` ones get another value.
#[derive(Default)]
struct Fill {
    given: Vec<(Path, Value)>,
    fallback: Vec<(Path, Value)>,
    wanted: BTreeSet<String>,
    refused: BTreeMap<String, usize>,
}

impl Fill {
    fn at(&self, path: &[Step]) -> Option<&Value> {
        self.given
            .iter()
            .chain(&self.fallback)
            .find(|(p, _)| p.as_slice() == path)
            .map(|(_, v)| v)
    }

    fn inside(&self, path: &[Step]) -> bool {
        self.given.iter().any(|(p, _)| p.starts_with(path))
    }

    /// Whether the call gives a slot of this name (its last input field).
    fn at_name(&self, name: &str) -> bool {
        self.given.iter().any(|(p, _)| {
            p.iter().rev().find_map(|s| match s {
                Step::Field(n) => Some(n.as_str()),
                Step::Elem => None,
            }) == Some(name)
        })
    }

    fn include(&self, value: &InputValue, path: &[Step]) -> bool {
        value.required() || self.inside(path) || self.wanted.contains(&value.name)
    }
}

/// The input fields a call filled, and how many values each enum among them has.
#[derive(Default)]
struct Filled {
    names: BTreeSet<String>,
    enums: BTreeMap<String, usize>,
}

fn fill(
    schema: &Schema,
    ty: &Ty,
    path: &[Step],
    name: &str,
    ids: &Fill,
    uploads: &mut Vec<Path>,
    filled: &mut Filled,
) -> Value {
    match ty {
        Ty::NonNull(inner) => fill(schema, inner, path, name, ids, uploads, filled),
        Ty::List(inner) => {
            let mut path = path.to_vec();
            path.push(Step::Elem);
            Value::Array(vec![fill(schema, inner, &path, name, ids, uploads, filled)])
        }
        Ty::Named(id) if id == "ID" => ids.at(path).cloned().unwrap_or(Value::Null),
        Ty::Named(named) => {
            filled.names.insert(name.to_string());
            match schema.kind(named) {
                "INPUT_OBJECT" => {
                    let mut object = Map::new();
                    for f in schema.types.get(named).map_or(&[][..], |t| &t.input_fields) {
                        let mut inner = path.to_vec();
                        inner.push(Step::Field(f.name.clone()));
                        if ids.include(f, &inner) {
                            let value = fill(schema, &f.ty, &inner, &f.name, ids, uploads, filled);
                            if !(value.is_null() && f.ty.name() == "ID") {
                                object.insert(f.name.clone(), value);
                            }
                        }
                    }
                    Value::Object(object)
                }
                "ENUM" => {
                    let values = schema
                        .types
                        .get(named)
                        .map_or(&[][..], |t| t.enum_values.as_slice());
                    let attempt = ids.refused.get(name).copied().unwrap_or(0);
                    filled.enums.insert(name.to_string(), values.len());
                    values
                        .get(attempt % values.len().max(1))
                        .map_or(Value::Null, |v| json!(v))
                }
                _ if named == "Upload" => {
                    uploads.push(path.to_vec());
                    Value::Null
                }
                _ => plausible(named, name, ids.refused.get(name).copied().unwrap_or(0)),
            }
        }
    }
}

/// What a sweep call selects: enough to see whether anything of the other side came back —
/// the answer's own fields, its objects' fields and their objects' ids.
fn answer_selection(schema: &Schema, ty: &Ty, depth: usize) -> String {
    let name = ty.name();
    match schema.kind(name) {
        "SCALAR" | "ENUM" => String::new(),
        "OBJECT" => {
            let mut parts = vec!["__typename".to_string()];
            for f in schema.fields(name) {
                if f.args.iter().any(InputValue::required) {
                    continue;
                }
                if schema.leaf(f.ty.name()) {
                    if depth <= 1 || f.name == "id" {
                        parts.push(f.name.clone());
                    }
                } else if depth < 2 {
                    parts.push(format!(
                        "{} {}",
                        f.name,
                        answer_selection(schema, &f.ty, depth + 1)
                    ));
                }
            }
            format!("{{ {} }}", parts.join(" "))
        }
        _ if schema.fields(name).iter().any(|f| f.name == "id") => "{ __typename id }".into(),
        _ => "{ __typename }".into(),
    }
}

struct Call {
    query: String,
    variables: Value,
    uploads: Vec<Path>,
    filled: Filled,
}

fn build_call(
    schema: &Schema,
    operation: &str,
    field: &Field,
    ids: &Fill,
    selection: &str,
) -> Call {
    let mut declarations = Vec::new();
    let mut arguments = Vec::new();
    let mut variables = Map::new();
    let mut uploads = Vec::new();
    let mut filled = Filled::default();
    for arg in &field.args {
        let path = vec![Step::Field(arg.name.clone())];
        if ids.include(arg, &path) {
            let value = fill(
                schema,
                &arg.ty,
                &path,
                &arg.name,
                ids,
                &mut uploads,
                &mut filled,
            );
            variables.insert(arg.name.clone(), value);
            declarations.push(format!("${}: {}", arg.name, arg.ty.render()));
            arguments.push(format!("{0}: ${0}", arg.name));
        }
    }
    let wrap = |items: &[String]| {
        if items.is_empty() {
            String::new()
        } else {
            format!("({})", items.join(", "))
        }
    };
    Call {
        query: format!(
            "{operation} Sweep{} {{ {}{} {selection} }}",
            wrap(&declarations),
            field.name,
            wrap(&arguments)
        ),
        variables: Value::Object(variables),
        uploads,
        filled,
    }
}

/// Posts a call; with files as a GraphQL multipart request (each `Upload` a tiny PNG).
async fn send(app: &TestApp, token: &str, call: &Call) -> Value {
    let body = json!({ "query": call.query, "variables": call.variables });
    if call.uploads.is_empty() {
        return app.post(Some(token), body).await.1;
    }
    let dotted = |path: &Path| {
        let steps: Vec<String> = path
            .iter()
            .map(|s| match s {
                Step::Field(name) => name.clone(),
                Step::Elem => "0".into(),
            })
            .collect();
        format!("variables.{}", steps.join("."))
    };
    let map: Map<String, Value> = call
        .uploads
        .iter()
        .enumerate()
        .map(|(i, path)| (i.to_string(), json!([dotted(path)])))
        .collect();
    let mut form = reqwest::multipart::Form::new()
        .text("operations", body.to_string())
        .text("map", Value::Object(map).to_string());
    for i in 0..call.uploads.len() {
        form = form.part(
            i.to_string(),
            reqwest::multipart::Part::bytes(PNG.to_vec()).file_name("sweep.png"),
        );
    }
    app.client
        .post(format!("{}/graphql", app.address))
        .bearer_auth(token)
        .multipart(form)
        .send()
        .await
        .expect("sent")
        .json()
        .await
        .unwrap_or(Value::Null)
}

// ---------------------------------------------------------------------------------------------
// What a caller sees: every id (and its node type), name and version, found by walking the
// schema from every root query that needs no id, then from `node` for each kind of thing found.

/// The fields that tell an object's state apart.
const FINGERPRINT: [&str; 5] = ["id", "name", "version", "updatedAt", "status"];

/// Fields of a broad query are counted against `graphql.max_complexity` (2,000).
const HARVEST_FIELDS: usize = 1_500;

fn harvest_selection(schema: &Schema, name: &str, left: usize) -> (String, usize) {
    match schema.kind(name) {
        "OBJECT" => {
            let mut parts = vec!["__typename".to_string()];
            let mut count = 1;
            for f in schema.fields(name) {
                if f.args.iter().any(InputValue::required) {
                    continue;
                }
                if schema.leaf(f.ty.name()) {
                    if FINGERPRINT.contains(&f.name.as_str()) {
                        parts.push(f.name.clone());
                        count += 1;
                    }
                } else if left > 0 {
                    let (inner, n) = harvest_selection(schema, f.ty.name(), left - 1);
                    if n > 1 {
                        parts.push(format!("{} {inner}", f.name));
                        count += n + 1;
                    }
                }
            }
            (format!("{{ {} }}", parts.join(" ")), count)
        }
        "INTERFACE" if schema.fields(name).iter().any(|f| f.name == "id") => {
            ("{ __typename id }".into(), 2)
        }
        _ => ("{ __typename }".into(), 1),
    }
}

/// The deepest selection of `name` within the field budget.
fn broad_selection(schema: &Schema, name: &str) -> String {
    let mut left = 4;
    loop {
        let (selection, count) = harvest_selection(schema, name, left);
        if count <= HARVEST_FIELDS || left == 0 {
            return selection;
        }
        left -= 1;
    }
}

/// A global id's node type: ids are base64url of `Type:uuid`.
fn node_type(id: &str) -> Option<String> {
    let text = String::from_utf8(URL_SAFE_NO_PAD.decode(id).ok()?).ok()?;
    let (kind, uuid) = text.split_once(':')?;
    (!kind.is_empty()
        && kind.chars().all(|c| c.is_ascii_alphabetic())
        && uuid::Uuid::parse_str(uuid).is_ok())
    .then(|| kind.to_string())
}

#[derive(Default, Clone)]
struct Seen {
    /// Global id → node type, in the order found.
    ids: Vec<(String, String)>,
    known: BTreeSet<String>,
    names: BTreeSet<String>,
    /// Global id → its fingerprint fields.
    fingerprints: BTreeMap<String, Map<String, Value>>,
}

impl Seen {
    fn take(&mut self, value: &Value) {
        match value {
            Value::String(s) => {
                if !self.known.contains(s)
                    && let Some(t) = node_type(s)
                {
                    self.known.insert(s.clone());
                    self.ids.push((s.clone(), t));
                }
            }
            Value::Array(items) => items.iter().for_each(|item| self.take(item)),
            Value::Object(map) => {
                if let Some(Value::String(name)) = map.get("name")
                    && name.chars().count() >= 2
                {
                    self.names.insert(name.clone());
                }
                if let Some(Value::String(id)) = map.get("id") {
                    let print = self.fingerprints.entry(id.clone()).or_default();
                    for key in FINGERPRINT {
                        if let Some(v) = map.get(key)
                            && !print.contains_key(key)
                        {
                            print.insert(key.to_string(), v.clone());
                        }
                    }
                }
                map.values().for_each(|v| self.take(v));
            }
            _ => {}
        }
    }

    fn merge(&mut self, other: &Seen) {
        for (id, t) in &other.ids {
            if self.known.insert(id.clone()) {
                self.ids.push((id.clone(), t.clone()));
            }
        }
        self.names.extend(other.names.iter().cloned());
        for (id, print) in &other.fingerprints {
            self.fingerprints.entry(id.clone()).or_insert(print.clone());
        }
    }

    /// Ids by node type, in the order found.
    fn by_type(&self) -> BTreeMap<String, Vec<String>> {
        let mut out: BTreeMap<String, Vec<String>> = BTreeMap::new();
        for (id, t) in &self.ids {
            out.entry(t.clone()).or_default().push(id.clone());
        }
        out
    }
}

async fn harvest(app: &TestApp, schema: &Schema, token: &str) -> Seen {
    let mut seen = Seen::default();
    for field in schema.fields(&schema.query) {
        let slots = slots_of(schema, field);
        if field.name == "node" || slots.iter().any(|s| s.required) || schema.leaf(field.ty.name())
        {
            continue;
        }
        let selection = broad_selection(schema, field.ty.name());
        let call = build_call(schema, "query", field, &Fill::default(), &selection);
        seen.take(&send(app, token, &call).await["data"]);
    }
    // Then each kind of thing found, from one of its kind (through `node`), until no new kind
    // turns up.
    let mut expanded = BTreeSet::new();
    loop {
        let fresh: Vec<(String, String)> = seen
            .by_type()
            .into_iter()
            .filter(|(t, _)| !expanded.contains(t) && schema.is_node(t))
            .filter_map(|(t, ids)| ids.first().map(|id| (t, id.clone())))
            .collect();
        if fresh.is_empty() {
            return seen;
        }
        for (t, id) in fresh {
            let query = format!(
                "query($id: ID!) {{ node(id: $id) {{ __typename ... on {t} {} }} }}",
                broad_selection(schema, &t)
            );
            let found = app.gql(Some(token), &query, json!({ "id": id })).await;
            seen.take(&found.0["data"]);
            expanded.insert(t);
        }
    }
}

// ---------------------------------------------------------------------------------------------
// The sweep.

/// One caller and the ids it must not reach.
struct Side<'a> {
    who: &'static str,
    token: &'a str,
    /// Ids the caller must not reach, by node type (the most telling first).
    foreign: BTreeMap<String, Vec<String>>,
    /// The caller's own ids by node type: for an operation's other ids.
    own: BTreeMap<String, Vec<String>>,
    /// What must never come back: the foreign ids and names.
    markers: Vec<String>,
    /// Whether `FORBIDDEN` is a right answer to the operation.
    may_be_forbidden: &'a dyn Fn(&Field) -> bool,
}

#[derive(Default)]
struct Tally {
    operations: BTreeSet<String>,
    calls: usize,
    answers: BTreeMap<&'static str, usize>,
    /// Queries that answered (with nothing foreign) instead of `NOT_FOUND`.
    answered: BTreeSet<String>,
    /// Slots no foreign id of the expected kind could fill.
    unfilled: BTreeSet<String>,
    failures: Vec<String>,
}

/// The names of the slots holding foreign ids in a call.
struct Foreign {
    targets: Vec<String>,
    others: Vec<String>,
}

/// One call plan: foreign ids in some slots, and for the others the ids to try in turn (the
/// caller's own first), changed when the server refuses one.
#[derive(Clone)]
struct Variant {
    label: String,
    /// (slot, foreign id, its node type)
    targets: Vec<(Path, String, String)>,
    others: Vec<Other>,
}

#[derive(Clone)]
struct Other {
    slot: Slot,
    /// (id, whether it is foreign)
    choices: Vec<(String, bool)>,
}

/// The names a `userErrors` entry may give a slot by: its input field and the inputs around it
/// (`["input", "links", "0"]` names `links[0].targetId`), not the argument holding them all.
fn slot_names(path: &[Step]) -> Vec<String> {
    let names: Vec<String> = path
        .iter()
        .filter_map(|s| match s {
            Step::Field(name) => Some(name.clone()),
            Step::Elem => None,
        })
        .collect();
    if names.len() > 1 {
        names[1..].to_vec()
    } else {
        names
    }
}

impl Variant {
    /// The ids of this attempt, and the names of the slots holding foreign ones: the targets,
    /// then others that hold a foreign id only because the caller has none of the kind.
    fn ids(&self, refused: &BTreeMap<String, usize>) -> (Fill, Foreign) {
        let mut ids = Fill {
            given: self
                .targets
                .iter()
                .map(|(p, id, _)| (p.clone(), json!(id)))
                .collect(),
            ..Fill::default()
        };
        let mut foreign = Foreign {
            targets: self
                .targets
                .iter()
                .flat_map(|(p, _, _)| slot_names(p))
                .collect(),
            others: Vec::new(),
        };
        for other in &self.others {
            let turn = refused.get(&other.slot.name).copied().unwrap_or(0);
            let Some((id, is_foreign)) = other.choices.get(turn % other.choices.len().max(1))
            else {
                continue;
            };
            if *is_foreign {
                foreign.others.extend(slot_names(&other.slot.path));
            }
            let entry = (other.slot.path.clone(), json!(id));
            if other.slot.required {
                ids.given.push(entry);
            } else {
                ids.fallback.push(entry);
            }
        }
        (ids, foreign)
    }

    /// The same call with the caller's own ids in place of the foreign ones; `None` when it has
    /// none of their kinds.
    fn with_own_targets(&self, own: &BTreeMap<String, Vec<String>>) -> Option<Variant> {
        let targets = self
            .targets
            .iter()
            .map(|(p, _, t)| {
                own.get(t)
                    .and_then(|ids| ids.first())
                    .map(|id| (p.clone(), id.clone(), t.clone()))
            })
            .collect::<Option<Vec<_>>>()?;
        Some(Variant {
            label: format!("{} (own)", self.label),
            targets,
            ..self.clone()
        })
    }
}

fn variants(
    schema: &Schema,
    field: &Field,
    slots: &[Slot],
    side: &Side<'_>,
    tally: &mut Tally,
) -> Vec<Variant> {
    let expected: Vec<Vec<String>> = slots
        .iter()
        .map(|s| expected_types(schema, &field.name, s))
        .collect();
    let of_types = |ids: &BTreeMap<String, Vec<String>>, i: usize| -> Vec<String> {
        if expected[i].is_empty() {
            ids.values().filter_map(|v| v.first()).cloned().collect()
        } else {
            expected[i]
                .iter()
                .filter_map(|t| ids.get(t))
                .flatten()
                .take(6)
                .cloned()
                .collect()
        }
    };
    let choices = |i: usize| -> Vec<(String, bool)> {
        let own = of_types(&side.own, i).into_iter().map(|id| (id, false));
        let foreign = of_types(&side.foreign, i)
            .into_iter()
            .take(1)
            .map(|id| (id, true));
        own.chain(foreign).collect()
    };
    let others = |except: &[usize]| -> Vec<Other> {
        (0..slots.len())
            .filter(|j| !except.contains(j))
            .map(|j| Other {
                slot: slots[j].clone(),
                choices: choices(j),
            })
            .collect()
    };
    let mut out = Vec::new();
    for (i, slot) in slots.iter().enumerate() {
        let candidates: Vec<String> = if expected[i].is_empty() {
            side.foreign.keys().cloned().collect()
        } else {
            expected[i]
                .iter()
                .filter(|t| side.foreign.contains_key(*t))
                .cloned()
                .collect()
        };
        if candidates.is_empty() {
            tally.unfilled.insert(format!(
                "{}.{} ({})",
                field.name,
                slot.name,
                expected[i].join("|")
            ));
            continue;
        }
        for t in candidates {
            let Some(id) = side.foreign.get(&t).and_then(|v| v.first()) else {
                continue;
            };
            out.push(Variant {
                label: format!("{}={t}", slot.name),
                targets: vec![(slot.path.clone(), id.clone(), t.clone())],
                others: others(&[i]),
            });
        }
    }
    // Every required id foreign at once (those of a kind the caller must not reach).
    let required: Vec<usize> = (0..slots.len())
        .filter(|&i| slots[i].required && !of_types(&side.foreign, i).is_empty())
        .collect();
    if required.len() >= 2 {
        out.push(Variant {
            label: "all foreign".into(),
            targets: required
                .iter()
                .filter_map(|&i| {
                    of_types(&side.foreign, i).first().map(|id| {
                        let t = node_type(id).unwrap_or_default();
                        (slots[i].path.clone(), id.clone(), t)
                    })
                })
                .collect(),
            others: others(&required),
        });
    }
    out
}

enum Verdict {
    /// The foreign object stayed out of reach; how.
    Kept(&'static str),
    /// The server refused other input first (these fields): try again with other values.
    Retry(Vec<String>),
    /// `FORBIDDEN`: right only if the caller's own object of the kind is forbidden too.
    Forbidden,
    Reached(String),
}

/// Whether an answer keeps the foreign object out of reach.
fn judge(
    response: &Value,
    field: &Field,
    mutation: bool,
    foreign: &Foreign,
    side: &Side<'_>,
) -> Verdict {
    let errors = list(&response["errors"]);
    if let Some(internal) = errors
        .iter()
        .find(|e| e["extensions"]["code"] == "INTERNAL")
    {
        return Verdict::Reached(format!("INTERNAL: {}", internal["message"]));
    }
    let at_root = errors
        .iter()
        .find(|e| e["path"].as_array().is_none_or(|p| p.len() <= 1));
    if let Some(error) = at_root {
        let code = error["extensions"]["code"].as_str().unwrap_or("no code");
        return match code {
            "NOT_FOUND" => Verdict::Kept("NOT_FOUND"),
            "FORBIDDEN" if (side.may_be_forbidden)(field) => Verdict::Kept("FORBIDDEN"),
            "FORBIDDEN" => Verdict::Forbidden,
            _ => Verdict::Reached(format!("{code}: {}", error["message"])),
        };
    }
    let data = &response["data"][&field.name];
    let text = data.to_string();
    if let Some(marker) = side.markers.iter().find(|m| text.contains(m.as_str())) {
        return Verdict::Reached(format!("answered with {marker}: {text}"));
    }
    if data.is_null() {
        return Verdict::Kept("null");
    }
    if !mutation {
        return Verdict::Kept("answered with nothing foreign");
    }
    match data["userErrors"].as_array() {
        Some(user_errors) if !user_errors.is_empty() => {
            // A path is `["input", "code"]`, or `["input", "dispute.typeId"]`, or ends in an index.
            let paths: Vec<Vec<String>> = user_errors
                .iter()
                .map(|e| {
                    list(&e["field"])
                        .iter()
                        .filter_map(Value::as_str)
                        .flat_map(|f| f.split('.'))
                        .filter(|f| f.parse::<usize>().is_err())
                        .map(str::to_string)
                        .collect()
                })
                .collect();
            if paths.iter().flatten().any(|n| foreign.targets.contains(n)) {
                Verdict::Kept("userErrors")
            } else {
                Verdict::Retry(paths.iter().filter_map(|p| p.last().cloned()).collect())
            }
        }
        _ => Verdict::Reached(format!("succeeded: {text}")),
    }
}

async fn sweep(app: &TestApp, schema: &Schema, side: &Side<'_>) -> Tally {
    // `GRIDGOV_SWEEP_VERBOSE=1` prints every call's answer.
    let verbose = std::env::var("GRIDGOV_SWEEP_VERBOSE").is_ok();
    let mut tally = Tally::default();
    for (operation, root) in [("query", &schema.query), ("mutation", &schema.mutation)] {
        for field in schema.fields(root) {
            let slots = slots_of(schema, field);
            if slots.is_empty() {
                continue;
            }
            let selection = answer_selection(schema, &field.ty, 0);
            for variant in variants(schema, field, &slots, side, &mut tally) {
                let mut refused = BTreeMap::new();
                let mut wanted = BTreeSet::new();
                tally.operations.insert(field.name.clone());
                // A refusal of the foreign id on the input's first enum value (a role that takes
                // no scope, say) proves little: each further value is tried too.
                let mut enum_turn = 0;
                for attempt in 0.. {
                    let (mut ids, foreign) = variant.ids(&refused);
                    ids.refused = refused.clone();
                    ids.wanted = wanted.clone();
                    let call = build_call(schema, operation, field, &ids, &selection);
                    let response = send(app, side.token, &call).await;
                    tally.calls += 1;
                    let verdict = judge(&response, field, operation == "mutation", &foreign, side);
                    let failure = match verdict {
                        Verdict::Kept("userErrors")
                            if enum_turn + 1
                                < call.filled.enums.values().copied().max().unwrap_or(0)
                                && attempt < 16 =>
                        {
                            enum_turn += 1;
                            for name in call.filled.enums.keys() {
                                refused.insert(name.clone(), enum_turn);
                            }
                            continue;
                        }
                        Verdict::Kept(how) => {
                            if verbose {
                                eprintln!(
                                    "  {}: {}({}) → {how}",
                                    side.who, field.name, variant.label
                                );
                            }
                            *tally.answers.entry(how).or_default() += 1;
                            if how == "answered with nothing foreign" {
                                tally
                                    .answered
                                    .insert(format!("{}({})", field.name, variant.label));
                            }
                            break;
                        }
                        Verdict::Retry(names) if attempt < 20 => {
                            for name in names {
                                let is_slot = variant.others.iter().any(|o| o.slot.name == name);
                                let given = if is_slot {
                                    wanted.contains(&name) || ids.at_name(&name)
                                } else {
                                    call.filled.names.contains(&name)
                                };
                                if given {
                                    *refused.entry(name).or_default() += 1;
                                } else {
                                    wanted.insert(name);
                                }
                            }
                            continue;
                        }
                        Verdict::Retry(names)
                            if names.iter().any(|n| foreign.others.contains(n)) =>
                        {
                            // Refused for another foreign id, of a kind the caller has none of.
                            *tally.answers.entry("userErrors (another id)").or_default() += 1;
                            break;
                        }
                        Verdict::Retry(_) => format!(
                            "userErrors on other input: {}",
                            response["data"][&field.name]["userErrors"]
                        ),
                        Verdict::Forbidden => {
                            let own = variant.with_own_targets(&side.own);
                            let control = match &own {
                                Some(own) => {
                                    let (ids, _) = own.ids(&refused);
                                    let call =
                                        build_call(schema, operation, field, &ids, &selection);
                                    tally.calls += 1;
                                    send(app, side.token, &call).await
                                }
                                None => Value::Null,
                            };
                            if control["errors"][0]["extensions"]["code"] == "FORBIDDEN" {
                                *tally.answers.entry("FORBIDDEN (own too)").or_default() += 1;
                                break;
                            }
                            format!(
                                "FORBIDDEN, while its own {} gets {}",
                                variant.label, control["errors"][0]["extensions"]["code"]
                            )
                        }
                        Verdict::Reached(why) => why,
                    };
                    let why: String = failure.chars().take(400).collect();
                    tally.failures.push(format!(
                        "{}: {}({}) → {why}\n      variables: {}",
                        side.who, field.name, variant.label, call.variables
                    ));
                    break;
                }
            }
        }
    }
    tally
}

fn report(side: &Side<'_>, tally: &Tally) {
    eprintln!(
        "cross-tenant ({}): {} operations, {} calls; answers {:?}",
        side.who,
        tally.operations.len(),
        tally.calls,
        tally.answers
    );
    if !tally.answered.is_empty() {
        eprintln!("  answered instead of NOT_FOUND: {:?}", tally.answered);
    }
    if !tally.unfilled.is_empty() {
        eprintln!("  no foreign id to try: {:?}", tally.unfilled);
    }
}

// ---------------------------------------------------------------------------------------------
// County A: the demo plus one of every kind of thing the demo lacks.

struct CountyA {
    admin: String,
    /// Users whose harvests add what only they see (their notifications).
    others: Vec<String>,
    qinghe_grid: String,
}

/// A mutation that must succeed; returns its payload (`selection` and its `userErrors`).
async fn must(
    app: &TestApp,
    token: &str,
    mutation: &str,
    input_type: &str,
    input: Value,
    selection: &str,
) -> Value {
    let response = app
        .gql(
            Some(token),
            &format!("mutation($input: {input_type}!) {{ {mutation}(input: $input) {{ {selection} userErrors {{ field code message }} }} }}"),
            json!({ "input": input }),
        )
        .await;
    assert_eq!(
        response.ok()[mutation]["userErrors"],
        json!([]),
        "{mutation}: {:?}",
        response
    );
    response.ok()[mutation].clone()
}

/// An event step that must succeed; returns the event's id and version after it.
async fn event_step(
    app: &TestApp,
    token: &str,
    mutation: &str,
    input_type: &str,
    input: Value,
) -> Value {
    must(
        app,
        token,
        mutation,
        input_type,
        input,
        "event { id version }",
    )
    .await["event"]
        .clone()
}

fn step(event: &Value) -> Value {
    json!({ "id": event["id"], "version": event["version"] })
}

async fn county_a(app: &TestApp) -> CountyA {
    app.state.clock.set(
        Utc.with_ymd_and_hms(2026, 11, 23, 1, 0, 0)
            .single()
            .expect("a Monday 09:00 in China"),
    );
    let admin = app.token(COUNTY_A, "admin").await;
    let worker = app.token(COUNTY_A, "grid.qh01").await;
    let community = app.token(COUNTY_A, "community.qinghe").await;
    let street = app.token(COUNTY_A, "street.dongcheng").await;
    let department = app.token(COUNTY_A, "dept.cg").await;
    let leader = app.token(COUNTY_A, "leader").await;
    let grid = app.region_id(&admin, QINGHE_GRID_1).await;
    let lookups = app
        .gql(
            Some(&admin),
            "query($g: ID!) { region(id: $g) { center { lng lat } } eventCategories { id code } departments(first: 100) { nodes { id code } } disputeTypes { id code } }",
            json!({ "g": grid }),
        )
        .await;
    let lookups = lookups.ok();
    let pick = |key: &str, code: &str| -> Value {
        let items = match &lookups[key]["nodes"] {
            Value::Null => &lookups[key],
            nodes => nodes,
        };
        list(items)
            .iter()
            .find(|item| item["code"] == code)
            .map(|item| item["id"].clone())
            .unwrap_or_else(|| panic!("{key} {code}"))
    };
    let center = lookups["region"]["center"].clone();

    must(
        app,
        &admin,
        "createOrganisation",
        "CreateOrganisationInput",
        json!({ "regionId": grid, "fields": { "kind": "ENTERPRISE", "name": "青河便民超市" } }),
        "__typename",
    )
    .await;
    must(
        app,
        &admin,
        "createFacility",
        "CreateFacilityInput",
        json!({ "regionId": grid, "kind": "消防栓", "name": "青河一号消防栓", "location": center }),
        "__typename",
    )
    .await;

    // An event with a photo, dispatched to a department that asks for more time, supervised.
    let report = Call {
        query: "mutation($input: ReportEventInput!) { reportEvent(input: $input) { event { id version } userErrors { field code } } }".into(),
        variables: json!({ "input": { "categoryId": pick("eventCategories", "0601"), "description": "青河路占道经营", "gridId": grid, "photos": [null] } }),
        uploads: vec![vec![
            Step::Field("input".into()),
            Step::Field("photos".into()),
            Step::Elem,
        ]],
        filled: Filled::default(),
    };
    let reported = send(app, &worker, &report).await;
    assert_eq!(
        reported["data"]["reportEvent"]["userErrors"],
        json!([]),
        "{reported}"
    );
    let event = reported["data"]["reportEvent"]["event"].clone();
    let event = event_step(app, &worker, "acceptEvent", "EventStepInput", step(&event)).await;
    let mut dispatch = step(&event);
    dispatch["departmentId"] = pick("departments", "CG");
    let event = event_step(app, &admin, "dispatchEvent", "DispatchEventInput", dispatch).await;
    let event = event_step(
        app,
        &department,
        "signForEvent",
        "EventStepInput",
        step(&event),
    )
    .await;
    let mut extension = step(&event);
    extension["extraHours"] = json!(24);
    extension["reason"] = json!("需协调产权单位");
    let event = event_step(
        app,
        &department,
        "requestEventExtension",
        "RequestEventExtensionInput",
        extension,
    )
    .await;
    must(
        app,
        &leader,
        "raiseSupervisionOrder",
        "RaiseSupervisionOrderInput",
        json!({ "eventId": event["id"], "message": "请加快处置" }),
        "__typename",
    )
    .await;

    // A red dispute (which notifies the street) with a mediation session.
    let dispute = event_step(
        app,
        &worker,
        "reportEvent",
        "ReportEventInput",
        json!({ "categoryId": pick("eventCategories", "0105"), "description": "青河拆迁补偿纠纷", "gridId": grid, "dispute": { "typeId": pick("disputeTypes", "1101"), "scale": "GROUP", "parties": [{ "name": "王某某", "phone": "13812345678" }] } }),
    )
    .await;
    must(app, &community, "addMediationSession", "AddMediationSessionInput", json!({ "eventId": dispute["id"], "mediator": "李调解员", "heldOn": "2026-11-23", "method": "PEOPLE" }), "__typename").await;

    // An import job (a dry run).
    app.import(
        &admin,
        "RESIDENTS",
        "青河居民.csv",
        "姓名,公民身份号码\n".as_bytes().to_vec(),
        true,
    )
    .await;

    CountyA {
        admin,
        others: vec![street, department, leader, community],
        qinghe_grid: grid,
    }
}

/// Everything county A's users see, together.
async fn seen_in_a(app: &TestApp, schema: &Schema, a: &CountyA) -> Seen {
    let mut seen = harvest(app, schema, &a.admin).await;
    for token in &a.others {
        seen.merge(&harvest(app, schema, token).await);
    }
    seen
}

async fn audit_log(app: &TestApp, admin: &str) -> BTreeSet<String> {
    let entries = app
        .gql(
            Some(admin),
            "{ auditLog(first: 100) { nodes { at action actorId objectId } } }",
            json!({}),
        )
        .await;
    list(&entries.ok()["auditLog"]["nodes"])
        .iter()
        .map(Value::to_string)
        .collect()
}

/// The ids of `foreign` by type, those in `first` at the head of their list.
fn ids_by_type(foreign: &Seen, except: &Seen, first: &[&str]) -> BTreeMap<String, Vec<String>> {
    let mut out = BTreeMap::new();
    for (t, ids) in foreign.by_type() {
        let mut ids: Vec<String> = ids
            .into_iter()
            .filter(|id| !except.known.contains(id))
            .collect();
        ids.sort_by_key(|id| !first.contains(&id.as_str()));
        if !ids.is_empty() {
            out.insert(t, ids);
        }
    }
    out
}

fn markers(
    foreign: &BTreeMap<String, Vec<String>>,
    foreign_names: &Seen,
    own: &Seen,
) -> Vec<String> {
    let fillers = ["测试", "Sweep#2026pass", "sweep.user"];
    foreign
        .values()
        .flatten()
        .cloned()
        .chain(
            foreign_names
                .names
                .difference(&own.names)
                .filter(|n| !fillers.contains(&n.as_str()))
                .cloned(),
        )
        .collect()
}

/// A's state, after: every id still there with the same version, name and status; nothing
/// new; the audit log written by no one but A's sign-ins.
fn assert_unchanged(
    before: &Seen,
    after: &Seen,
    audit_before: &BTreeSet<String>,
    audit_after: &BTreeSet<String>,
) {
    let mut changes = Vec::new();
    for (id, print) in &before.fingerprints {
        match after.fingerprints.get(id) {
            Some(now) if now == print => {}
            now => changes.push(format!("{id}: {print:?} → {now:?}")),
        }
    }
    for id in after.fingerprints.keys() {
        if !before.fingerprints.contains_key(id) {
            changes.push(format!("new: {id} {:?}", node_type(id)));
        }
    }
    for entry in audit_after.difference(audit_before) {
        if !entry.contains("\"auth.") {
            changes.push(format!("audit: {entry}"));
        }
    }
    assert!(
        changes.is_empty(),
        "county A changed during the sweep:\n{}",
        changes.join("\n")
    );
}

fn assert_clean(side: &Side<'_>, tally: &Tally) {
    report(side, tally);
    assert!(
        tally.failures.is_empty(),
        "{} answers reached what {} must not:\n{}",
        tally.failures.len(),
        side.who,
        tally.failures.join("\n")
    );
    assert!(
        tally.operations.len() >= FLOOR,
        "only {} operations covered",
        tally.operations.len()
    );
}

#[tokio::test]
async fn county_b_gets_not_found_for_every_id_of_county_a_in_every_operation() {
    let app = spawn_app().await;
    let a = county_a(&app).await;
    let b = app.second_county().await;
    let root_b = app.region_id(&b, "371602").await;
    let grid_b = grid_in_county_b(&app, &b, &root_b).await;
    let schema = Schema::introspect(&app, &b).await;

    let before = seen_in_a(&app, &schema, &a).await;
    let audit_before = audit_log(&app, &a.admin).await;
    let seen_by_b = harvest(&app, &schema, &b).await;
    let leaked: Vec<&String> = seen_by_b.known.intersection(&before.known).collect();
    assert!(
        leaked.is_empty(),
        "county B's lists show county A's ids: {leaked:?}"
    );

    let foreign = ids_by_type(&before, &Seen::default(), &[a.qinghe_grid.as_str()]);
    assert!(
        foreign.len() >= 25,
        "only {} kinds of county A's ids found",
        foreign.len()
    );
    // FORBIDDEN is right for what no county admin may do (tenants); elsewhere it must be
    // NOT_FOUND, unless B's own object of the kind is forbidden too.
    let platform_only = |f: &Field| f.description.contains("tenant:manage");
    let side = Side {
        who: "county B's admin",
        token: &b,
        markers: markers(&foreign, &before, &seen_by_b),
        foreign,
        own: ids_by_type(&seen_by_b, &Seen::default(), &[grid_b.as_str()]),
        may_be_forbidden: &platform_only,
    };
    let tally = sweep(&app, &schema, &side).await;

    let after = seen_in_a(&app, &schema, &a).await;
    let audit_after = audit_log(&app, &a.admin).await;
    assert_clean(&side, &tally);
    assert_unchanged(&before, &after, &audit_before, &audit_after);
    let of_b = seen_by_b.by_type();
    for entry in &audit_after {
        let named = of_b
            .values()
            .flatten()
            .find(|id| entry.contains(id.as_str()));
        assert!(
            named.is_none(),
            "county A's audit log names county B's {named:?}: {entry}"
        );
    }
}

#[tokio::test]
async fn a_grid_worker_of_another_community_gets_nothing_of_qinghe_from_any_operation() {
    let app = spawn_app().await;
    let a = county_a(&app).await;
    let wenchang = app.region_id(&a.admin, WENCHANG_GRID_1).await;
    let created = must(
        &app,
        &a.admin,
        "createUser",
        "CreateUserInput",
        json!({ "username": "grid.wc01", "displayName": "文昌社区第一网格网格员", "password": PASSWORD }),
        "user { id }",
    )
    .await;
    must(
        &app,
        &a.admin,
        "assignRole",
        "AssignRoleInput",
        json!({ "userId": created["user"]["id"], "role": "GRID_WORKER", "scopeId": wenchang }),
        "__typename",
    )
    .await;
    let worker = app.token(COUNTY_A, "grid.wc01").await;
    let schema = Schema::introspect(&app, &worker).await;

    let before = seen_in_a(&app, &schema, &a).await;
    let audit_before = audit_log(&app, &a.admin).await;
    let seen_by_worker = harvest(&app, &schema, &worker).await;
    let foreign = ids_by_type(&before, &seen_by_worker, &[a.qinghe_grid.as_str()]);
    assert_eq!(
        foreign.get("Region").and_then(|ids| ids.first()),
        Some(&a.qinghe_grid),
        "青河社区第一网格 is out of the worker's reach"
    );
    for kind in ["Building", "House", "Household", "Resident", "Event"] {
        assert!(foreign.contains_key(kind), "no {kind} of 青河社区 to try");
    }
    // The worker's role may lack an action altogether: FORBIDDEN is a right answer then.
    let always = |_: &Field| true;
    let side = Side {
        who: "文昌社区's grid worker",
        token: &worker,
        markers: markers(&foreign, &before, &seen_by_worker),
        foreign,
        own: ids_by_type(&seen_by_worker, &Seen::default(), &[wenchang.as_str()]),
        may_be_forbidden: &always,
    };
    let tally = sweep(&app, &schema, &side).await;

    let after = seen_in_a(&app, &schema, &a).await;
    let audit_after = audit_log(&app, &a.admin).await;
    assert_clean(&side, &tally);
    assert_unchanged(&before, &after, &audit_before, &audit_after);
}
