// Generated from glossary.schema.json by `npm run glossary-schema`: edit the JSON, then run that.
// src/glossary/types.ts derives the glossary's types from it (json-schema-to-ts).
export const glossarySchema = {
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$id": "glossary.schema.json",
  "title": "A file of the glossary of the people, organisations, works and terms QbitAI's Transformer-authors article names, and the slang it uses",
  "type": "object",
  "additionalProperties": false,
  "required": [
    "version",
    "entries"
  ],
  "properties": {
    "$schema": {
      "type": "string"
    },
    "version": {
      "const": 1
    },
    "entries": {
      "type": "array",
      "minItems": 1,
      "items": {
        "$ref": "#/definitions/entry"
      }
    }
  },
  "definitions": {
    "bilingual": {
      "description": "The same fact in English and in Simplified Chinese, written by us.",
      "type": "object",
      "additionalProperties": false,
      "required": [
        "en",
        "zh"
      ],
      "properties": {
        "en": {
          "type": "string",
          "minLength": 1
        },
        "zh": {
          "type": "string",
          "minLength": 1
        }
      }
    },
    "date": {
      "type": "string",
      "pattern": "^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$"
    },
    "httpsUrl": {
      "type": "string",
      "pattern": "^https://[^\\s]+$"
    },
    "source": {
      "type": "object",
      "additionalProperties": false,
      "required": [
        "title",
        "url",
        "accessed"
      ],
      "properties": {
        "title": {
          "type": "string",
          "minLength": 1
        },
        "url": {
          "$ref": "#/definitions/httpsUrl"
        },
        "accessed": {
          "$ref": "#/definitions/date"
        }
      }
    },
    "entry": {
      "type": "object",
      "additionalProperties": false,
      "required": [
        "id",
        "category",
        "name",
        "aliases",
        "role",
        "bio",
        "links",
        "sources"
      ],
      "properties": {
        "id": {
          "type": "string",
          "pattern": "^[a-z][a-z0-9-]*$"
        },
        "category": {
          "enum": [
            "person",
            "organisation",
            "work",
            "term",
            "slang"
          ]
        },
        "group": {
          "description": "People only. author: one of the paper's eight authors; other: anyone else the article names.",
          "enum": [
            "author",
            "other"
          ]
        },
        "authorOrder": {
          "description": "1-based position in the paper's byline (authors only).",
          "type": "integer",
          "minimum": 1,
          "maximum": 8
        },
        "name": {
          "type": "object",
          "additionalProperties": false,
          "required": [
            "latin",
            "native"
          ],
          "properties": {
            "latin": {
              "description": "Name in plain Latin letters as English writes it (Jensen Huang, Nvidia, self-attention). Slang: its closest English equivalent (to talk up).",
              "type": "string",
              "minLength": 1
            },
            "native": {
              "description": "Name in its own spelling (Łukasz Kaiser, NVIDIA, 《你一生的故事》's original: Story of Your Life). Slang: the expression in Simplified Chinese, as a dictionary lists it (卷 for the article's 拼命卷自己).",
              "type": "string",
              "minLength": 1
            },
            "zh": {
              "description": "Chinese name in common use, if any.",
              "type": "string",
              "minLength": 1
            }
          }
        },
        "aliases": {
          "type": "object",
          "additionalProperties": false,
          "required": [
            "zh",
            "latin",
            "en"
          ],
          "properties": {
            "zh": {
              "description": "Chinese forms the article uses, in Simplified script. Traditional forms are generated at build time.",
              "type": "array",
              "items": {
                "type": "string",
                "minLength": 2
              },
              "uniqueItems": true
            },
            "latin": {
              "description": "Latin-script forms the Chinese article uses, including its misspellings.",
              "type": "array",
              "items": {
                "type": "string",
                "minLength": 2
              },
              "uniqueItems": true
            },
            "en": {
              "description": "Forms to mark on the English Wired story (full name and surname).",
              "type": "array",
              "items": {
                "type": "string",
                "minLength": 2
              },
              "uniqueItems": true
            },
            "notInside": {
              "description": "Longer words that contain a zh alias but mean something else (老黄瓜 is not 老黄).",
              "type": "array",
              "items": {
                "type": "string",
                "minLength": 3
              },
              "uniqueItems": true
            }
          }
        },
        "nickname": {
          "description": "The article's nickname for this person and the joke behind it.",
          "type": "object",
          "additionalProperties": false,
          "required": [
            "text",
            "pinyin",
            "literal",
            "joke"
          ],
          "properties": {
            "text": {
              "type": "string",
              "minLength": 2
            },
            "pinyin": {
              "type": "string",
              "minLength": 2
            },
            "literal": {
              "$ref": "#/definitions/bilingual"
            },
            "joke": {
              "$ref": "#/definitions/bilingual"
            }
          }
        },
        "slang": {
          "description": "Slang only: what a learner needs to read an idiom or internet term of the article. What it means here is the role, its English equivalent the Latin name.",
          "type": "object",
          "additionalProperties": false,
          "required": [
            "pinyin",
            "kind",
            "literal"
          ],
          "properties": {
            "pinyin": {
              "description": "Hanyu pinyin with tone marks.",
              "type": "string",
              "minLength": 2
            },
            "kind": {
              "description": "internet: 网络用语, internet slang; chengyu: 成语, a four-character classical idiom; colloquial: 惯用语, an everyday idiom; jargon: 行话, a word of one trade or field (academia, Go, politics) used outside it.",
              "enum": [
                "internet",
                "chengyu",
                "colloquial",
                "jargon"
              ]
            },
            "literal": {
              "description": "What the words say, one by one.",
              "$ref": "#/definitions/bilingual"
            }
          }
        },
        "role": {
          "$ref": "#/definitions/bilingual",
          "description": "People: their part in the story. Slang: what it means in this passage. Others: what it is and its part in the story."
        },
        "bio": {
          "type": "object",
          "additionalProperties": false,
          "required": [
            "en",
            "zh",
            "asOf"
          ],
          "properties": {
            "en": {
              "type": "string",
              "minLength": 1
            },
            "zh": {
              "type": "string",
              "minLength": 1
            },
            "asOf": {
              "$ref": "#/definitions/date"
            }
          },
          "description": "People: a short bio. Slang: how the expression is used in general and where it comes from. Others: a short description. Dated: facts change."
        },
        "slip": {
          "description": "Where the article gets this person wrong, said gently.",
          "$ref": "#/definitions/bilingual"
        },
        "links": {
          "type": "object",
          "additionalProperties": false,
          "properties": {
            "wikipedia": {
              "$ref": "#/definitions/httpsUrl"
            },
            "wired": {
              "description": "The Wired story at the passage that names this person, with a #:~:text= fragment.",
              "type": "string",
              "pattern": "^https://www\\.wired\\.com/story/eight-google-employees-invented-modern-ai-transformers-paper/#:~:text=[^\\s]+$"
            }
          }
        },
        "sources": {
          "type": "array",
          "minItems": 0,
          "items": {
            "$ref": "#/definitions/source"
          },
          "description": "Where our facts come from, with the date each was read. Every entry but slang cites at least one; slang cites a dictionary or reference page for the usage where one exists."
        },
        "since": {
          "description": "Something the article states that was true in March 2024 and has changed since: both, with dates.",
          "type": "object",
          "additionalProperties": false,
          "required": [
            "then",
            "now",
            "asOf"
          ],
          "properties": {
            "then": {
              "$ref": "#/definitions/bilingual"
            },
            "now": {
              "$ref": "#/definitions/bilingual"
            },
            "asOf": {
              "$ref": "#/definitions/date"
            }
          }
        },
        "articleReference": {
          "description": "This entry is a source the article itself cites, numbered as its reference list: 1 the Wired story, 2 the GTC 2024 video, 3 the SemiAnalysis post. One of the entry's sources is that reference.",
          "type": "integer",
          "minimum": 1,
          "maximum": 3
        }
      },
      "allOf": [
        {
          "if": {
            "properties": {
              "category": {
                "const": "person"
              }
            }
          },
          "then": {
            "required": [
              "group"
            ]
          },
          "else": {
            "not": {
              "required": [
                "group"
              ]
            }
          }
        },
        {
          "if": {
            "properties": {
              "category": {
                "const": "slang"
              }
            }
          },
          "then": {
            "required": [
              "slang"
            ],
            "not": {
              "required": [
                "nickname"
              ]
            }
          },
          "else": {
            "not": {
              "required": [
                "slang"
              ]
            },
            "properties": {
              "sources": {
                "type": "array",
                "minItems": 1
              }
            }
          }
        }
      ]
    }
  }
} as const;
