// wink-nlp with its English lite model: sentences, tokens, named entities and negation,
// the parts of its pipeline that crosscheck's extraction stage also produces.
'use strict';
require('./common').run('wink-nlp', (peerRequire) => {
  const winkNLP = peerRequire('wink-nlp');
  const model = peerRequire('wink-eng-lite-web-model');
  return winkNLP(model);
}, (nlp, text) => {
  const its = nlp.its;
  const doc = nlp.readDoc(text);
  return {
    sentences: doc.sentences().length(),
    tokens: doc.tokens().length(),
    entities: doc.entities().length(),
    negated: doc.tokens().out(its.negationFlag).filter(Boolean).length,
  };
});
