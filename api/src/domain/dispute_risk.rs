//! A dispute's risk colour 黄/橙/红 from the tenant's rules on type and scale. The colour is the
//! highest any matching rule gives; yellow when none matches.

use super::{UserError, UserErrorCode};
use entities::enums::{DisputeScale, RiskColour};
use serde::{Deserialize, Serialize};

/// One rule: when the dispute's type code starts with `type_prefix` (any type when absent) and
/// its scale is `scale` (any scale when absent), it is at least `colour`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RiskRule {
    pub type_prefix: Option<String>,
    pub scale: Option<DisputeScale>,
    pub colour: RiskColour,
}

/// Serialised as the tenant setting `dispute_risk_rules`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RiskRules(pub Vec<RiskRule>);

impl Default for RiskRules {
    /// Group disputes are orange and major group disputes red; land and resource ownership (09),
    /// urban-rural construction such as expropriation (11) and ethnicity and religion (16) are
    /// at least orange, and red as soon as a group is involved.
    fn default() -> Self {
        let rule = |type_prefix: Option<&str>, scale, colour| RiskRule {
            type_prefix: type_prefix.map(str::to_string),
            scale,
            colour,
        };
        Self(vec![
            rule(None, Some(DisputeScale::Group), RiskColour::Orange),
            rule(None, Some(DisputeScale::MajorGroup), RiskColour::Red),
            rule(Some("09"), None, RiskColour::Orange),
            rule(Some("11"), None, RiskColour::Orange),
            rule(Some("16"), None, RiskColour::Orange),
            rule(Some("09"), Some(DisputeScale::Group), RiskColour::Red),
            rule(Some("11"), Some(DisputeScale::Group), RiskColour::Red),
            rule(Some("16"), Some(DisputeScale::Group), RiskColour::Red),
        ])
    }
}

impl RiskRules {
    pub fn colour(&self, type_code: Option<&str>, scale: DisputeScale) -> RiskColour {
        self.0
            .iter()
            .filter(|r| r.scale.is_none_or(|s| s == scale))
            .filter(|r| match (&r.type_prefix, type_code) {
                (None, _) => true,
                (Some(prefix), Some(code)) => code.starts_with(prefix.as_str()),
                (Some(_), None) => false,
            })
            .map(|r| r.colour)
            .max()
            .unwrap_or(RiskColour::Yellow)
    }

    pub fn validate(&self) -> Result<(), UserError> {
        if self.0.len() > 200
            || self.0.iter().any(|r| {
                r.type_prefix
                    .as_ref()
                    .is_some_and(|p| p.is_empty() || p.len() > 16)
            })
        {
            return Err(UserError::new(
                "disputeRiskRules",
                UserErrorCode::InvalidValue,
                "至多 200 条规则；类型代码前缀为 1–16 个字符",
            ));
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_default_rules_colour_by_scale_and_type() {
        let rules = RiskRules::default();
        assert_eq!(
            rules.colour(Some("0201"), DisputeScale::Individual),
            RiskColour::Yellow
        );
        assert_eq!(
            rules.colour(Some("0201"), DisputeScale::Group),
            RiskColour::Orange
        );
        assert_eq!(
            rules.colour(Some("0201"), DisputeScale::MajorGroup),
            RiskColour::Red
        );
        assert_eq!(
            rules.colour(Some("1101"), DisputeScale::Individual),
            RiskColour::Orange
        );
        assert_eq!(
            rules.colour(Some("1101"), DisputeScale::Group),
            RiskColour::Red
        );
        assert_eq!(
            rules.colour(None, DisputeScale::Individual),
            RiskColour::Yellow
        );
    }

    #[test]
    fn a_tenant_rule_replaces_the_default() {
        let rules = RiskRules(vec![RiskRule {
            type_prefix: Some("01".into()),
            scale: None,
            colour: RiskColour::Red,
        }]);
        assert_eq!(
            rules.colour(Some("0102"), DisputeScale::Individual),
            RiskColour::Red
        );
        assert_eq!(
            rules.colour(Some("0201"), DisputeScale::MajorGroup),
            RiskColour::Yellow
        );
    }
}
