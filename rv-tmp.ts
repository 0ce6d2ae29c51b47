import autocannon from 'autocannon';
import { exampleDraft } from './lib/draft/example-draft';
const base='http://127.0.0.1:4100';
const c = await (await fetch(base+'/api/postings',{method:'POST',headers:{'content-type':'application/json'},body:JSON.stringify(exampleDraft)})).json() as any;
const l = await (await fetch(`${base}/api/postings/${c.id}/review-links`,{method:'POST',headers:{authorization:`Bearer ${c.editToken}`}})).json() as any;
const sections=['title','about','responsibilities','requirements','pay','apply'];
for (let i=0;i<50;i++){ const r=await fetch(`${base}/api/postings/${c.id}/comments`,{method:'POST',headers:{'content-type':'application/json',authorization:`Bearer ${l.reviewToken}`},body:JSON.stringify({version:1,section:sections[i%6],body:`Comment ${i}: could this be shorter?`,author:`Reviewer ${i%5}`})}); if(r.status!==201) console.log(r.status, await r.text()); }
const path=new URL(l.reviewUrl).pathname;
const html = await (await fetch(base+path)).text(); console.log('html bytes', html.length);
const r = await autocannon({url: base+path, connections: 50, duration: 8});
console.log('rps', r.requests.average, 'p50', r.latency.p50, 'p99', r.latency.p99, 'non2xx', r.non2xx);
