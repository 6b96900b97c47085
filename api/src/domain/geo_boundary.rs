//! Region boundaries: GeoJSON `Polygon` or `MultiPolygon` geometries in lng/lat, parsed into a
//! type that is known to be valid (closed rings of at least four positions, coordinates in
//! range, no self-intersection, holes inside their shell).

use super::{UserError, UserErrorCode};
use geo::{Coord, LineString, MultiPolygon, Polygon, Validation};
use serde_json::Value;

/// A point in lng/lat (WGS-84 / GCJ-02 as the tenant's maps use).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct GeoPoint {
    pub lng: f64,
    pub lat: f64,
}

impl GeoPoint {
    pub fn parse(lng: f64, lat: f64) -> Result<Self, UserError> {
        if !in_range(lng, lat) {
            return Err(UserError::new(
                "center",
                UserErrorCode::InvalidCenter,
                "a point has lng in [-180, 180] and lat in [-90, 90]",
            ));
        }
        Ok(Self { lng, lat })
    }
}

fn in_range(lng: f64, lat: f64) -> bool {
    lng.is_finite()
        && lat.is_finite()
        && (-180.0..=180.0).contains(&lng)
        && (-90.0..=90.0).contains(&lat)
}

/// A valid boundary; holds the GeoJSON it was parsed from, normalised.
#[derive(Debug, Clone, PartialEq)]
pub struct GeoBoundary {
    shape: MultiPolygon<f64>,
    json: Value,
}

const MAX_POSITIONS: usize = 20_000;

impl GeoBoundary {
    pub fn parse(value: &Value) -> Result<Self, UserError> {
        let bad = |why: &str| {
            UserError::new(
                "boundary",
                UserErrorCode::InvalidBoundary,
                format!("the boundary is not a valid GeoJSON polygon: {why}"),
            )
        };
        let kind = value
            .get("type")
            .and_then(Value::as_str)
            .unwrap_or_default();
        let coordinates = value
            .get("coordinates")
            .and_then(Value::as_array)
            .ok_or_else(|| bad("it needs a 'coordinates' array"))?;
        let mut budget = MAX_POSITIONS;
        let polygons = match kind {
            "Polygon" => vec![parse_polygon(coordinates, &mut budget).map_err(|w| bad(&w))?],
            "MultiPolygon" => coordinates
                .iter()
                .map(|p| {
                    p.as_array()
                        .ok_or_else(|| "a polygon must be an array of rings".to_string())
                        .and_then(|rings| parse_polygon(rings, &mut budget))
                })
                .collect::<Result<Vec<_>, _>>()
                .map_err(|w| bad(&w))?,
            _ => return Err(bad("its type must be Polygon or MultiPolygon")),
        };
        if polygons.is_empty() {
            return Err(bad("it has no polygon"));
        }
        let shape = MultiPolygon::new(polygons);
        if let Err(problem) = shape.check_validation() {
            return Err(bad(&problem.to_string()));
        }
        let json = serde_json::json!({
            "type": kind,
            "coordinates": value.get("coordinates").cloned().unwrap_or(Value::Null),
        });
        Ok(Self { shape, json })
    }

    pub fn to_json(&self) -> Value {
        self.json.clone()
    }

    pub fn shape(&self) -> &MultiPolygon<f64> {
        &self.shape
    }
}

fn parse_polygon(rings: &[Value], budget: &mut usize) -> Result<Polygon<f64>, String> {
    let mut parsed = rings
        .iter()
        .map(|ring| parse_ring(ring, budget))
        .collect::<Result<Vec<_>, _>>()?;
    if parsed.is_empty() {
        return Err("a polygon needs an outer ring".into());
    }
    let exterior = parsed.remove(0);
    Ok(Polygon::new(exterior, parsed))
}

fn parse_ring(ring: &Value, budget: &mut usize) -> Result<LineString<f64>, String> {
    let positions = ring
        .as_array()
        .ok_or("a ring must be an array of positions")?;
    if positions.len() < 4 {
        return Err("a ring needs at least four positions".into());
    }
    if positions.len() > *budget {
        return Err(format!("a boundary has at most {MAX_POSITIONS} positions"));
    }
    *budget -= positions.len();
    let coords = positions
        .iter()
        .map(|p| {
            let pair = p
                .as_array()
                .filter(|a| a.len() >= 2)
                .ok_or("a position is [lng, lat]")?;
            let lng = pair[0].as_f64().ok_or("a position is [lng, lat]")?;
            let lat = pair[1].as_f64().ok_or("a position is [lng, lat]")?;
            if !in_range(lng, lat) {
                return Err("coordinates are lng in [-180, 180] and lat in [-90, 90]");
            }
            Ok(Coord { x: lng, y: lat })
        })
        .collect::<Result<Vec<_>, _>>()?;
    if coords.first() != coords.last() {
        return Err("a ring must end where it starts".into());
    }
    Ok(LineString::new(coords))
}

/// Whether a stored boundary (validated when it was stored) contains `point`. Reads the
/// GeoJSON without validating it again — this runs over every grid of a county when an event
/// is placed by its point. Unreadable JSON contains nothing.
pub fn stored_contains(value: &Value, point: GeoPoint) -> bool {
    use geo::Contains;
    fn ring(v: &Value) -> Option<LineString<f64>> {
        v.as_array()?
            .iter()
            .map(|p| {
                let a = p.as_array()?;
                Some(Coord {
                    x: a.first()?.as_f64()?,
                    y: a.get(1)?.as_f64()?,
                })
            })
            .collect::<Option<Vec<_>>>()
            .map(LineString::new)
    }
    fn polygon(v: &Value) -> Option<Polygon<f64>> {
        let mut rings = v.as_array()?.iter();
        let exterior = ring(rings.next()?)?;
        let holes = rings.map(ring).collect::<Option<Vec<_>>>()?;
        Some(Polygon::new(exterior, holes))
    }
    let coordinates = value.get("coordinates");
    let polygons: Vec<Polygon<f64>> = match value.get("type").and_then(Value::as_str) {
        Some("Polygon") => coordinates.and_then(polygon).into_iter().collect(),
        Some("MultiPolygon") => coordinates
            .and_then(Value::as_array)
            .map(|ps| ps.iter().filter_map(polygon).collect())
            .unwrap_or_default(),
        _ => Vec::new(),
    };
    MultiPolygon::new(polygons).contains(&geo::Point::new(point.lng, point.lat))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn square() -> Value {
        json!({"type": "Polygon", "coordinates": [[[117.0, 36.0], [117.01, 36.0], [117.01, 36.01], [117.0, 36.01], [117.0, 36.0]]]})
    }

    #[test]
    fn accepts_a_square() {
        assert!(GeoBoundary::parse(&square()).is_ok());
    }

    #[test]
    fn refuses_a_bow_tie() {
        let bow_tie = json!({"type": "Polygon", "coordinates": [[[0.0, 0.0], [1.0, 1.0], [1.0, 0.0], [0.0, 1.0], [0.0, 0.0]]]});
        assert_eq!(
            GeoBoundary::parse(&bow_tie).err().map(|e| e.code),
            Some(UserErrorCode::InvalidBoundary)
        );
    }

    #[test]
    fn refuses_open_rings_bad_types_and_out_of_range() {
        let open = json!({"type": "Polygon", "coordinates": [[[0.0, 0.0], [1.0, 0.0], [1.0, 1.0], [0.0, 1.0]]]});
        let point = json!({"type": "Point", "coordinates": [1.0, 2.0]});
        let far = json!({"type": "Polygon", "coordinates": [[[0.0, 0.0], [200.0, 0.0], [1.0, 1.0], [0.0, 0.0]]]});
        for value in [open, point, far, json!("x")] {
            assert!(GeoBoundary::parse(&value).is_err(), "{value}");
        }
    }
}
