import PlanPressPresentation

/// `report.schema.json`: the JSON Schema (draft 2020-12) of `report.json`, the documented
/// structure of the JSON channel.
public enum ReportJSONSchema {
    public static let text = #"""
        {
          "$schema": "https://json-schema.org/draft/2020-12/schema",
          "$id": "urn:planpress:report:1:json",
          "title": "PlanPress report (planpress/report/1)",
          "description": "รายงานผลการจัดการศึกษาจังหวัดทั้งฉบับในรูปข้อมูล: จำนวนเงินเป็นตัวเลขทศนิยมสองตำแหน่ง วันที่เป็น ISO 8601 (ค.ศ.)",
          "type": "object",
          "required": ["format", "site", "totals", "units", "rejected", "missing", "plans", "projects_serving_several_strategies", "history"],
          "additionalProperties": false,
          "properties": {
            "format": { "const": "planpress/report/1" },
            "site": {
              "type": "object",
              "required": ["province", "office", "title", "fiscal_year", "base_url", "primary_plan", "deadline", "published_on"],
              "additionalProperties": false,
              "properties": {
                "province": { "type": "string" },
                "office": { "type": "string" },
                "title": { "type": "string" },
                "fiscal_year": { "type": "integer", "minimum": 2500, "maximum": 2700, "description": "ปีงบประมาณ พ.ศ." },
                "base_url": { "type": ["string", "null"] },
                "primary_plan": { "type": "string" },
                "deadline": { "$ref": "#/$defs/date" },
                "published_on": { "$ref": "#/$defs/date" }
              }
            },
            "totals": { "$ref": "#/$defs/figures" },
            "units": { "type": "array", "items": { "$ref": "#/$defs/unit" } },
            "rejected": {
              "type": "array",
              "items": {
                "type": "object", "required": ["unit_id", "path", "errors"], "additionalProperties": false,
                "properties": { "unit_id": { "type": "string" }, "path": { "type": "string" }, "errors": { "type": "integer", "minimum": 0 } }
              }
            },
            "missing": {
              "type": "array",
              "items": {
                "type": "object", "required": ["unit_id", "name"], "additionalProperties": false,
                "properties": { "unit_id": { "type": "string" }, "name": { "type": "string" } }
              }
            },
            "plans": { "type": "array", "items": { "$ref": "#/$defs/plan" } },
            "projects_serving_several_strategies": { "type": "integer", "minimum": 0 },
            "history": {
              "type": "array",
              "description": "ปีที่เปรียบเทียบ: ปีของ content/history/ แล้วปีของรายงานนี้ (current) เรียงจากปีเก่า เป็นรายการว่างเมื่อไม่มีรายงานของปีก่อน",
              "items": { "$ref": "#/$defs/historyYear" }
            }
          },
          "$defs": {
            "date": { "type": ["string", "null"], "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$" },
            "money": { "type": "number", "minimum": 0, "description": "บาท ทศนิยมสองตำแหน่ง (เขียนเป็นข้อความตัวเลขตรงตัว เช่น 1250000.50)" },
            "signedMoney": { "type": "number", "description": "การเปลี่ยนแปลงของจำนวนเงิน (บาท ทศนิยมสองตำแหน่ง) ติดลบเมื่อลดลง" },
            "presence": {
              "enum": ["every_year", "only_now", "not_now", "some_years"],
              "description": "ปีที่มีรหัสนี้: every_year มีทุกปี, only_now เพิ่งมีในปีนี้, not_now มีในปีก่อนแต่ไม่มีในปีนี้, some_years มีบางปี"
            },
            "rating": {
              "type": ["object", "null"],
              "description": "ระดับผลตามร้อยละของค่าเป้าหมายที่บรรลุ: band คือลำดับของระดับในแผน (0 คือระดับสูงสุด)",
              "required": ["band", "label", "label_en"],
              "additionalProperties": false,
              "properties": { "band": { "type": "integer", "minimum": 0, "maximum": 7 }, "label": { "type": "string" }, "label_en": { "$ref": "#/$defs/text" } }
            },
            "percentOfTarget": { "type": ["number", "null"], "description": "ร้อยละของค่าเป้าหมายที่บรรลุ ทศนิยมสองตำแหน่ง (ทิศทางลดลง: เป้าหมาย ÷ ค่า × 100)" },
            "counts": {
              "type": "object", "required": ["achieved", "not_achieved", "not_measured"], "additionalProperties": false,
              "properties": {
                "achieved": { "type": "integer", "minimum": 0 }, "not_achieved": { "type": "integer", "minimum": 0 },
                "not_measured": { "type": "integer", "minimum": 0 }
              }
            },
            "pastFigures": {
              "type": "object",
              "description": "ตัวเลขของปีหนึ่งตามที่รายงานของปีนั้นระบุ",
              "required": ["projects", "units", "allocated", "spent", "disbursement_rate", "by_status", "indicators"],
              "additionalProperties": false,
              "properties": {
                "projects": { "type": "integer", "minimum": 0 },
                "units": { "type": "integer", "minimum": 0 },
                "allocated": { "$ref": "#/$defs/money" },
                "spent": { "$ref": "#/$defs/money" },
                "disbursement_rate": { "type": ["number", "null"] },
                "by_status": { "$ref": "#/$defs/byStatus" },
                "indicators": { "$ref": "#/$defs/counts" }
              }
            },
            "change": {
              "type": ["object", "null"],
              "description": "ตัวเลขของปีนี้ลบด้วยของปี from_year (ปีก่อนหน้าล่าสุดที่มีรหัสนี้) ติดลบเมื่อลดลง; null เมื่อไม่มีปีก่อนที่มีรหัสนี้",
              "required": ["from_year", "projects", "units", "allocated", "spent", "disbursement_rate", "indicators"],
              "additionalProperties": false,
              "properties": {
                "from_year": { "type": "integer", "minimum": 2500, "maximum": 2700 },
                "projects": { "type": "integer" },
                "units": { "type": "integer" },
                "allocated": { "$ref": "#/$defs/signedMoney" },
                "spent": { "$ref": "#/$defs/signedMoney" },
                "disbursement_rate": { "type": ["number", "null"], "description": "จุดร้อยละ" },
                "indicators": {
                  "type": "object", "required": ["achieved", "not_achieved", "not_measured"], "additionalProperties": false,
                  "properties": { "achieved": { "type": "integer" }, "not_achieved": { "type": "integer" }, "not_measured": { "type": "integer" } }
                }
              }
            },
            "historyYear": {
              "type": "object",
              "required": ["year", "current", "totals", "change", "items", "units", "indicators"],
              "additionalProperties": false,
              "properties": {
                "year": { "type": "integer", "minimum": 2500, "maximum": 2700, "description": "ปีงบประมาณ พ.ศ." },
                "current": { "type": "boolean", "description": "true สำหรับปีของรายงานนี้" },
                "totals": { "$ref": "#/$defs/pastFigures" },
                "change": { "$ref": "#/$defs/change" },
                "items": {
                  "type": "object", "description": "รายการของแผนที่มีในปีนั้น ตามรหัส",
                  "additionalProperties": {
                    "type": "object", "required": ["plan_id", "name", "presence", "rollup", "change"], "additionalProperties": false,
                    "properties": {
                      "plan_id": { "type": "string" }, "name": { "type": "string" }, "presence": { "$ref": "#/$defs/presence" },
                      "rollup": { "$ref": "#/$defs/pastFigures" }, "change": { "$ref": "#/$defs/change" }
                    }
                  }
                },
                "units": {
                  "type": "object", "description": "หน่วยงานที่รายงานในปีนั้น ตามรหัส",
                  "propertyNames": { "pattern": "^[a-z0-9][a-z0-9-]{1,62}$" },
                  "additionalProperties": {
                    "type": "object", "required": ["name", "presence", "figures", "change"], "additionalProperties": false,
                    "properties": {
                      "name": { "type": "string" }, "presence": { "$ref": "#/$defs/presence" },
                      "figures": { "$ref": "#/$defs/pastFigures" }, "change": { "$ref": "#/$defs/change" }
                    }
                  }
                },
                "indicators": {
                  "type": "object", "description": "ตัวชี้วัดของแผนที่มีในปีนั้น ตามรหัส: ค่าของจังหวัด ค่าเป้าหมาย และผลของปีนั้น",
                  "additionalProperties": {
                    "type": "object",
                    "required": ["item_code", "plan_id", "name", "presence", "value", "target", "status", "change"],
                    "additionalProperties": false,
                    "properties": {
                      "item_code": { "type": "string" }, "plan_id": { "type": "string" }, "name": { "type": "string" },
                      "presence": { "$ref": "#/$defs/presence" },
                      "value": { "type": ["number", "null"] }, "target": { "type": ["number", "null"] },
                      "status": { "enum": ["met", "not_met", "no_data"] },
                      "change": {
                        "type": ["object", "null"], "required": ["from_year", "value"], "additionalProperties": false,
                        "properties": { "from_year": { "type": "integer" }, "value": { "type": "number" } }
                      }
                    }
                  }
                }
              }
            },
            "text": { "type": ["string", "null"] },
            "status": { "enum": ["completed", "ongoing", "not_started", "cancelled", "postponed"] },
            "result": { "enum": ["achieved", "not_achieved", "not_measured"] },
            "figures": {
              "type": "object",
              "required": ["projects", "units", "allocated", "spent", "disbursement_rate", "by_status", "indicators"],
              "additionalProperties": false,
              "properties": {
                "projects": { "type": "integer", "minimum": 0 },
                "units": { "type": "integer", "minimum": 0 },
                "allocated": { "$ref": "#/$defs/money" },
                "spent": { "$ref": "#/$defs/money" },
                "disbursement_rate": { "type": ["number", "null"], "description": "ร้อยละของการเบิกจ่าย (spent / allocated × 100)" },
                "by_status": { "$ref": "#/$defs/byStatus" },
                "indicators": {
                  "type": "object", "required": ["achieved", "not_achieved", "not_measured", "by_band"], "additionalProperties": false,
                  "properties": {
                    "achieved": { "type": "integer", "minimum": 0 }, "not_achieved": { "type": "integer", "minimum": 0 },
                    "not_measured": { "type": "integer", "minimum": 0 },
                    "by_band": {
                      "type": "array", "minItems": 2, "maxItems": 8, "items": { "type": "integer", "minimum": 0 },
                      "description": "ตัวชี้วัดของโครงการที่จัดระดับได้ นับตามระดับผลของแผนหลัก (rating_bands ของแผนนั้น) เรียงจากระดับสูงสุด"
                    }
                  }
                }
              }
            },
            "byStatus": {
              "type": "object",
              "required": ["completed", "ongoing", "not_started", "cancelled", "postponed"],
              "additionalProperties": false,
              "properties": {
                "completed": { "type": "integer", "minimum": 0 }, "ongoing": { "type": "integer", "minimum": 0 },
                "not_started": { "type": "integer", "minimum": 0 }, "cancelled": { "type": "integer", "minimum": 0 },
                "postponed": { "type": "integer", "minimum": 0 }
              }
            },
            "person": {
              "type": ["object", "null"],
              "additionalProperties": false,
              "properties": { "name": { "$ref": "#/$defs/text" }, "position": { "$ref": "#/$defs/text" }, "phone": { "$ref": "#/$defs/text" }, "email": { "$ref": "#/$defs/text" } }
            },
            "unit": {
              "type": "object",
              "required": ["id", "name", "short_name", "affiliation", "district", "contact", "submitted_on", "late", "approved_by", "summary", "figures", "projects", "indicator_results"],
              "additionalProperties": false,
              "properties": {
                "id": { "type": "string", "pattern": "^[a-z0-9][a-z0-9-]{1,62}$" },
                "name": { "type": "string" },
                "short_name": { "$ref": "#/$defs/text" },
                "affiliation": { "type": "string" },
                "district": { "$ref": "#/$defs/text" },
                "contact": { "$ref": "#/$defs/person" },
                "submitted_on": { "$ref": "#/$defs/date" },
                "late": { "type": "boolean" },
                "approved_by": { "$ref": "#/$defs/person" },
                "summary": { "$ref": "#/$defs/text", "description": "Markdown" },
                "figures": { "$ref": "#/$defs/figures" },
                "projects": { "type": "array", "items": { "$ref": "#/$defs/project" } },
                "indicator_results": {
                  "type": "array",
                  "items": {
                    "allOf": [{ "$ref": "#/$defs/indicatorEntry" }],
                    "type": "object", "required": ["code"], "unevaluatedProperties": false,
                    "properties": { "code": { "type": "string" } }
                  }
                }
              }
            },
            "indicatorValue": { "type": ["number", "string", "null"] },
            "indicatorEntry": {
              "type": "object",
              "description": "ค่าที่หน่วยงานรายงานสำหรับตัวชี้วัดของแผน: value (สำหรับอัตราส่วนคืออัตราของหน่วยงานเอง numerator ÷ denominator × per ปัดเป็นทศนิยมสองตำแหน่ง) ตัวตั้ง ตัวหาร หมายเหตุ และวันที่ของข้อมูล (as_of)",
              "required": ["value", "numerator", "denominator", "note", "as_of"],
              "properties": {
                "value": { "type": "number" },
                "numerator": { "type": ["number", "null"], "description": "ตัวตั้งของตัวชี้วัดแบบอัตราส่วน (ratio)" },
                "denominator": { "type": ["number", "null"], "description": "ตัวหารของตัวชี้วัดแบบอัตราส่วน (ratio)" },
                "note": { "$ref": "#/$defs/text" },
                "as_of": { "$ref": "#/$defs/date" }
              }
            },
            "unitEntry": {
              "allOf": [{ "$ref": "#/$defs/indicatorEntry" }],
              "type": "object", "required": ["unit_id"], "unevaluatedProperties": false,
              "properties": { "unit_id": { "type": "string", "pattern": "^[a-z0-9][a-z0-9-]{1,62}$" } }
            },
            "project": {
              "type": "object",
              "required": ["id", "name", "status", "strategies", "also_supports", "aligned_codes", "period", "lead", "budget", "objectives", "indicators", "beneficiaries", "results", "problems", "suggestions", "evidence"],
              "additionalProperties": false,
              "properties": {
                "id": { "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9._-]{0,31}$" },
                "name": { "type": "string" },
                "status": { "$ref": "#/$defs/status" },
                "strategies": { "type": "array", "items": { "type": "string" }, "minItems": 1 },
                "also_supports": { "type": "array", "items": { "type": "string" } },
                "aligned_codes": { "type": "array", "items": { "type": "string" }, "uniqueItems": true },
                "period": {
                  "type": ["object", "null"], "additionalProperties": false,
                  "properties": { "start": { "$ref": "#/$defs/date" }, "end": { "$ref": "#/$defs/date" } }
                },
                "lead": { "$ref": "#/$defs/text" },
                "budget": {
                  "type": "object", "required": ["allocated", "spent", "source"], "additionalProperties": false,
                  "properties": {
                    "allocated": { "$ref": "#/$defs/money" },
                    "spent": { "oneOf": [{ "$ref": "#/$defs/money" }, { "type": "null" }] },
                    "source": { "enum": ["government", "non_government", "local", "other", null] }
                  }
                },
                "objectives": { "type": "array", "items": { "type": "string" } },
                "indicators": {
                  "type": "array",
                  "items": {
                    "type": "object",
                    "required": ["no", "name", "kind", "unit", "target", "actual", "direction", "achieved", "result", "contributes_to", "percent_of_target", "rating"],
                    "additionalProperties": false,
                    "properties": {
                      "no": { "type": "integer", "minimum": 1 },
                      "name": { "type": "string" },
                      "kind": { "enum": ["quantitative", "qualitative"] },
                      "unit": { "$ref": "#/$defs/text" },
                      "target": { "$ref": "#/$defs/indicatorValue" },
                      "actual": { "$ref": "#/$defs/indicatorValue" },
                      "direction": { "enum": ["increase", "decrease"] },
                      "achieved": { "type": ["boolean", "null"] },
                      "result": { "$ref": "#/$defs/result" },
                      "contributes_to": { "$ref": "#/$defs/text" },
                      "percent_of_target": { "$ref": "#/$defs/percentOfTarget" },
                      "rating": { "$ref": "#/$defs/rating", "description": "ระดับผลตามแผนหลัก; null สำหรับตัวชี้วัดเชิงคุณภาพหรือที่ยังไม่ได้วัดผล" }
                    }
                  }
                },
                "beneficiaries": { "type": "object", "additionalProperties": { "type": "integer", "minimum": 0 } },
                "results": { "$ref": "#/$defs/text", "description": "Markdown" },
                "problems": { "type": "array", "items": { "type": "string" } },
                "suggestions": { "type": "array", "items": { "type": "string" } },
                "evidence": {
                  "type": "array",
                  "items": {
                    "type": "object", "required": ["title"], "additionalProperties": false,
                    "properties": { "title": { "type": "string" }, "url": { "type": "string", "pattern": "^https?://" }, "file": { "type": "string" } },
                    "oneOf": [{ "required": ["url"] }, { "required": ["file"] }]
                  }
                }
              }
            },
            "plan": {
              "type": "object",
              "required": ["id", "name", "name_en", "rank", "period", "projects_serving_several_items", "rating_bands", "items"],
              "additionalProperties": false,
              "properties": {
                "id": { "type": "string", "pattern": "^[A-Z][A-Z0-9]{0,9}$" },
                "name": { "type": "string" },
                "name_en": { "$ref": "#/$defs/text" },
                "rank": { "type": "integer", "minimum": 1 },
                "projects_serving_several_items": { "type": "integer", "minimum": 0, "description": "โครงการที่สอดคล้องกับรายการระดับบนสุดของแผนมากกว่าหนึ่งรายการ" },
                "rating_bands": {
                  "type": "array", "minItems": 2, "maxItems": 8,
                  "description": "ระดับผลของแผน เรียงจากสูงสุด: ผลที่ได้ร้อยละของค่าเป้าหมายตั้งแต่ from ขึ้นไป (และต่ำกว่าระดับก่อนหน้า) ได้ระดับ label",
                  "items": {
                    "type": "object", "required": ["from", "label", "label_en"], "additionalProperties": false,
                    "properties": { "from": { "type": "number" }, "label": { "type": "string" }, "label_en": { "$ref": "#/$defs/text" } }
                  }
                },
                "period": {
                  "type": "object", "additionalProperties": false,
                  "properties": { "from": { "type": ["integer", "null"] }, "to": { "type": ["integer", "null"] } }
                },
                "items": {
                  "type": "array",
                  "items": {
                    "type": "object",
                    "required": ["code", "name", "parent", "depth", "supports", "indicators", "rollup", "projects"],
                    "additionalProperties": false,
                    "properties": {
                      "code": { "type": "string" },
                      "name": { "type": "string" },
                      "parent": { "$ref": "#/$defs/text" },
                      "depth": { "type": "integer", "minimum": 1 },
                      "supports": { "type": "array", "items": { "type": "string" } },
                      "indicators": { "type": "array", "items": { "$ref": "#/$defs/strategicIndicator" } },
                      "rollup": { "$ref": "#/$defs/figures" },
                      "projects": { "type": "array", "items": { "type": "string", "pattern": "^[a-z0-9][a-z0-9-]*/[A-Za-z0-9][A-Za-z0-9._-]*$" } }
                    }
                  }
                }
              }
            },
            "strategicIndicator": {
              "type": "object",
              "required": ["code", "name", "unit", "direction", "baseline", "targets", "year_target", "year_value", "status", "percent_of_target", "rating", "aggregation", "aggregation_chosen", "per", "contributors", "reported", "contributions"],
              "additionalProperties": false,
              "properties": {
                "code": { "type": "string" },
                "name": { "type": "string" },
                "unit": { "$ref": "#/$defs/text" },
                "direction": { "enum": ["increase", "decrease"] },
                "baseline": {
                  "type": ["object", "null"], "additionalProperties": false,
                  "properties": { "year": { "type": ["integer", "null"] }, "value": { "type": "number" } }
                },
                "targets": { "type": "object", "propertyNames": { "pattern": "^[0-9]{4}$" }, "additionalProperties": { "type": "number" } },
                "year_target": { "type": ["number", "null"], "description": "ค่าเป้าหมายของปีงบประมาณของรายงาน" },
                "year_value": { "type": ["number", "null"], "description": "ค่าของจังหวัด: รวมจาก contributors ตาม aggregation ปัดครึ่งขึ้นเป็นทศนิยมสองตำแหน่ง" },
                "status": { "enum": ["met", "not_met", "no_data"] },
                "percent_of_target": { "$ref": "#/$defs/percentOfTarget" },
                "rating": { "$ref": "#/$defs/rating", "description": "ระดับผลตาม rating_bands ของแผนของตัวชี้วัด; null เมื่อไม่มีค่าหรือค่าเป้าหมายของปี" },
                "aggregation": { "enum": ["sum", "mean", "ratio", "single"], "description": "วิธีรวมค่าที่ใช้: sum ผลรวม, mean ค่าเฉลี่ย, ratio Σ numerator ÷ Σ denominator × per, single ค่าของหน่วยงานที่กำหนด (reported_by)" },
                "aggregation_chosen": { "type": "boolean", "description": "กรอบแผนระบุ aggregation เอง (false: ใช้ค่าเฉลี่ยโดยปริยาย)" },
                "per": { "type": ["number", "null"], "description": "ตัวคูณของอัตราส่วน (100 สำหรับร้อยละ); null เมื่อไม่ใช่ ratio" },
                "contributors": {
                  "type": "array", "description": "ค่าที่หน่วยงานรายงานซึ่งนำมาคำนวณ year_value ตามลำดับหน่วยงาน",
                  "items": { "$ref": "#/$defs/unitEntry" }
                },
                "reported": {
                  "type": "array", "description": "ค่าที่หน่วยงานรายงานทุกรายการ",
                  "items": { "$ref": "#/$defs/unitEntry" }
                },
                "contributions": {
                  "type": "array",
                  "items": {
                    "type": "object", "required": ["unit_id", "project_id", "indicator", "result"], "additionalProperties": false,
                    "properties": {
                      "unit_id": { "type": "string" }, "project_id": { "type": "string" }, "indicator": { "type": "string" },
                      "result": { "$ref": "#/$defs/result" }
                    }
                  }
                }
              }
            }
          }
        }

        """#
}
