"""The knowledge base: bilingual lecture cards and the user's notes in a Chroma index.

```python
from assistant.knowledge import KnowledgeBase
kb = KnowledgeBase.open()          # builds the index on first use, rebuilds when cards change
kb.search("when should I not use ML?", k=3)
```
Importing this package is cheap; Chroma and the embedding model load when a base is opened.
"""

from .cards import Card, CardSet, load_cards
from .knowledge_base import KnowledgeBase
from .lexical import detect_language

__all__ = ["Card", "CardSet", "KnowledgeBase", "detect_language", "load_cards"]
