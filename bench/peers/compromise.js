// compromise: tagging (its default pipeline), then sentences, terms, people and places, and
// negative verbs, the parts crosscheck's extraction stage also produces.
'use strict';
require('./common').run('compromise', (peerRequire) => peerRequire('compromise'), (nlp, text) => {
  const doc = nlp(text);
  return {
    sentences: doc.sentences().length,
    tokens: doc.terms().length,
    entities: doc.people().length + doc.places().length + doc.organizations().length,
    negated: doc.match('#Negative').length,
  };
});
