from pathlib import Path
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[2] / 'src'))
from askccg import evaluate as ev
from askccg.config import Settings, project_root
from askccg.api import Assistant
root = Path(__file__).resolve().parents[2]
def load(name):
    sets = {s.name: s for s in ev.default_sets(root)}
    spec = sets[name]
    settings = Settings.from_env() if hasattr(Settings,'from_env') else Settings()
    if name != 'five':
        cache = root/'.cache'/'eval'/name
        settings = settings.with_(corpus_dir=cache/'corpus', index_dir=cache/'index')
    else:
        settings = settings.with_(corpus_dir=root/'corpus', index_dir=root/'embeddings')
    qs = ev.load_questions(spec.questions)
    a = Assistant(settings)
    r = a.retriever()
    docs = ev.raw_corpus(settings.corpus_dir)
    return qs, a, r, docs
