/**
 * The shipped training configuration, shared by train-classifier (which trains with it) and
 * cv-classifier (which compares it with alternatives on out-of-fold scores of the training
 * rows: GoEmotions train.tsv + the support corpus's train split; never dev.tsv or the
 * support corpus's dev split, which stay held out for eval:emotions and eval:upset).
 */
import type { ModelSignal } from '@/lib/classify/model';
import type { TrainConfig } from '@/scripts/classifier-training';

export const CONFIG: TrainConfig = {
  hashSize: 65536,
  charGrams: [3, 4, 5],
  epochs: 3,
  learningRate: 0.01,
  l2: 3e-4,
  positiveWeight: [1, 1, 1, 1],
  seed: 7,
  levels: 40,
  // Chosen by 5-fold CV on train.tsv (scripts/cv-classifier.ts: model alone, mean best F1 of
  // the four classes), never on dev. 8K buckets: plain LR 0.544, NB alpha 1 0.550, alpha 0.5
  // 0.549; with alpha 1: no L2 0.549, 2 epochs 0.550, lr 0.003 0.540, char 2-5 0.550, IDF
  // scaling on top 0.523. NB at 16K 0.556, 64K 0.558 (plain LR at 64K 0.536); 16K is the
  // largest that fitted the size budget of the time (40 KB; 60 KB since issue 15). At 16K: alpha 0.25 0.546,
  // 1 0.556, 2 0.561, 4 0.562, 8 0.560; L2 3e-4 0.559 (alpha 1); alpha 2 with L2 3e-4 0.563,
  // + 1e-3 0.561, + lr 0.02 0.559, + 2 epochs 0.562, + 4 epochs 0.562; alpha 4, L2 3e-4 0.563.
  // Averaging NB with plain LR (b=0.5 0.553, 0.75 0.556) or 3 seeds (0.556) gained nothing.
  naiveBayes: { alpha: 2 },
  // Elastic net run to convergence (elastic-net-training.ts) replaced SGD with L2: the L1 term
  // zeroes most buckets, so more buckets and finer levels fit the same gzip size. 5-fold CV,
  // mean best F1, quantised as shipped, gzip of the weight string alone:
  // 16K SGD L2 3e-4 ±9 (before): 0.559, 8.4 KB (float weights 0.563).
  // 16K elastic net L1 1e-6 L2 1e-5: float 0.564, ±40 0.563, ±25 0.561.
  // 64K L1 8e-6 ±25 0.566, 5.4 KB; 64K L1 4e-6 ±25 0.568 (frustration 0.498, confusion 0.390,
  // gratitude 0.903, sadness 0.484), 9.6 KB; 256K L1 4e-6 ±25 0.566, 15.6 KB. 64K models
  // score the borderline held-out complaint "The replacement part is the wrong model, again."
  // below the hint point (tests/fixtures/complaints: 14/20 caught, was 15/20), so 16K it is.
  // Also at 16K, elastic net: alpha 1 0.563, alpha 4 0.562; L2 3e-6 0.562, 3e-5 0.553; L1 5e-7
  // 0.562; char grams 3-4 0.564 (held-out complaints 14/20 too), 2-5 0.561; word trigrams 0.561.
  // No gain either (SGD, or float OvR on pooled CV logits): soft targets for neighbouring labels
  // (disapproval/disgust 0.2 -> 0.557), stacking all 28 GoEmotions heads (+0.003), separate anger
  // and annoyance (sadness, grief, disappointment) heads combined (-0.001), dropping ambiguous
  // negatives (frustration 0.488 -> 0.488, confusion -0.009), elongation folding ("soooo"),
  // length buckets, class weights 1.5-2, 6-10 epochs: all within ±0.003.
  // epochs, learningRate, l2 and seed only apply to the SGD trainer (no elasticNet).
  // Fifth pass (branch mood5): per-class L1, 3e-6 for frustration, 1e-6 for confusion, 6e-6 for
  // gratitude, 2e-6 for sadness (numbers at the end of this comment block).
  elasticNet: { l1: 3e-6, l2: 1e-5, iterations: 200, l1Scale: [1, 1 / 3, 2, 2 / 3] },
  // Issue 15 (support language). From here on variants are compared by `CV_QUICK=1 npx tsx
  // scripts/cv-classifier.ts` (fold 0 of 5 held out: 8,680 Reddit rows and 535 support
  // messages; the same six new cues and the other-language guard in every row), as
  // "Reddit F1 frustration/confusion/gratitude/sadness | support upset P/R at the hint point".
  // Points chosen on all held-out rows (support rows at weight 0 = Reddit-only model):
  //   supportWeight 0: .445/.358/.910/.472 | upset .851/.362 (the model before, new cues)
  //   supportWeight 1: .425/.369/.914/.467 | .783/.701;  3: .386/.354/.908/.457 | .769/.814
  // The support rows (44 % upset, Reddit 15 %) drag the best-F1 point down for Reddit, so
  // the points are chosen on the Reddit rows only (pointsOn 'reddit'):
  //   supportWeight 0.5: .448/.370/.910/.472 | .830/.529;  0.75: .442/.368/.911/.471 | .780/.656
  //   supportWeight 1: .436/.369/.914/.469 | .782/.665;  3: .400/.355/.908/.460 | .752/.837
  //   supportWeight 8: .333/.349/.902/.444 | .761/.878
  // Bigger hash tables, supportWeight 0.75 (gzip of the packed weights): 16K 9.7 KB (above);
  //   32K .452/.369/.914/.487 | .779/.670, 15.8 KB; 64K .455/.374/.908/.489 | .810/.692, 27.0 KB;
  //   128K .452/.372/.909/.488 | .789/.679, 41.0 KB (over the 60 KB engine budget).
  // Did not help:
  //   VADER's polarity lexicon (vader-sentiment 1.1.3 on npm: Apache-2.0, lexicon MIT upstream)
  //   as 8 valence-bin features folded into each word's unigram bucket so no list ships:
  //   at 16K the ~7,000 folded words collide with most buckets (.207/.221/.840/.171 | .496/.814);
  //   at 128K .415/.375/.903/.460 | .771/.579, 64.8 KB, worse than 128K without it.
  //   Numbers hashed by length only ("9 days" = "11 days") + a scare-quotes feature (supportWeight
  //   1, 16K): .434/.369/.914/.471 | .772/.688 against .436/.369/.914/.469 | .782/.665.
  //   Capping frustration and sadness below the hint on confidently grateful messages with no
  //   complaint cue: upset .780/.656 -> .790/.647, sadness -.002.
  //   problem-report or support-complaint as logit pushes instead of floors: upset unchanged.
  //   The loud-complaint cue as a floor fired on 498 Reddit rows (25 % upset) and, with the
  //   capitals it matched, made them "confident": frustration's confident point then had P .26.
  //   Raising the frustration and sadness hints until upset reaches P .85 on the support rows
  //   (upsetPrecision, 32K): .410/.369/.914/.448 | .856/.484, worse on both sides than a
  //   lighter supportWeight.
  // Shipped: 64K buckets, supportWeight 0.75, points on the Reddit rows. Full 5-fold out-of-fold
  // with the loud-complaint cue pushing frustration by 2.5: .470/.386/.902/.489 | .813/.704, but
  // frustration's confident point found no cut with P .80 (shouted Reddit lines on top); at 1:
  // .470/.386/.902/.489 | .813/.704, frustration confident P .80 R .093, upset confident P .981 R .089.
  // After that first held-out look (eval:emotions dev .465/.372/.905/.454, eval:upset dev P .848
  // R .719), two tuning fixtures (tests/fixtures/complaints/neutral.txt) and "I am satisfied with
  // the repair." read as frustrated: support words ("repair", "cancel", numbers) had learned the
  // corpus's base rate of upset. A domain column (domainColumn, on for support rows in training,
  // never shipped) absorbs it; chosen on the quick fold as above, never on a dev split:
  //   supportWeight 0.75: .459/.372/.909/.488 | .858/.493, frustration confident P .80 R .096
  //   supportWeight 1.5: .449/.374/.907/.483 | .859/.688 (without the column at 0.75: .810/.692)
  // Full 5-fold with the column at 1.5: .469/.381/.901/.484 | .872/.676, frustration confident
  // P .80 R .088. "I ordered the wrong size by mistake" (neutral.txt) still read as sad: the
  // own-mistake cue calms it, and the points were chosen again with it.
  // Issue 15, second pass (branch mood2): why the model sits below plain TF-IDF + logistic
  // regression on GoEmotions frustration. The baseline is trained in scripts/baseline-tfidf.ts
  // exactly as scikit-learn's TfidfVectorizer() + LogisticRegression() would (unigrams, smooth
  // idf, l2 rows, C = 1, one-vs-rest on train.tsv, each threshold the best-F1 cut on 5-fold
  // out-of-fold train scores). GoEmotions dev F1 (frustration/confusion/gratitude/sadness):
  //   baseline .494/.334/.910/.427; + bigrams .467/.341/.914/.433; sublinear tf .491/.325/.908/.425;
  //   C 4 .482/.323/.909/.446; C 0.5 .481/.309/.909/.439; bigrams + C 4 .475/.364/.912/.431.
  //   Shipped model (eval:emotions) .464/.365/.912/.446: below it on frustration only.
  // Where the gap is (CV_QUICK=1 npx tsx scripts/gap-classifier.ts; best F1 any cut reaches on
  // the held-out Reddit rows of fold 0, so rankings compare; "shipped" at the chosen points):
  //   baseline .448/.281/.906/.471 | model logits alone .469/.397/.907/.485 | shipped path
  //   (cues + intensity) .450/.372/.907/.483. On dev, the shipped model's logits alone at the
  //   shipped hint points: .492/.355/.914/.459 (best cut .494/.402/.914/.471) against the
  //   shipped path's .464/.365/.912/.446. So: not the operating points (the hint sits at the
  //   best cut), not hashing, tokenisation or missing bigrams (the model alone ranks as well as
  //   or better than the baseline); two costs, both bought for support language:
  //   1. the support rows: a Reddit-only model (supportWeight 0, no domain column) ranks
  //      frustration .493 (shipped path .474) against .469 (.450) with them, and lighter
  //      support weights give it back only with support upset recall (retired blind-3 rows in,
  //      quick fold, cv-classifier): supportWeight 1 .458/.374/.909/.484 | upset .867/.655,
  //      1.5 .444/.369/.909/.484 | .882/.756.
  //   2. the complaint cues' floors on Reddit lines: all cues off .469/.397/.907/.485 | upset
  //      .885/.629 against .450/.372/.907/.483 | .859/.688; one cue at a time costs at most
  //      .006 (problem-report .006, repeated-trouble .005, support-complaint .003, stated-
  //      frustration .003: "can't believe" is 49 Reddit hits, 6 upset, and 1 support hit, a
  //      grateful one). Turning the frustration floors (0.6) into logit pushes, retired rows in:
  //      all at +1.5 .451/.369/.909/.484 | upset .883/.705, +2 .447 | .879/.705; the six that
  //      fire most on Reddit at +1 .454 | .893/.709, +1.5 .450 | .885/.717; stated-frustration
  //      and problem-report alone at +1.5 .447 | .886/.756 (within noise, not taken). A floor
  //      catches support complaints the model scores far below the hint (the domain column
  //      keeps the support base rate out of the words), which a push cannot.
  //   3. the naive-Bayes scaling counts the support rows too: counted from the Reddit rows only
  //      (naiveBayes.redditCounts; the regression still learns from both) the quick fold gives
  //      .466/.390/.906/.485 (model alone .484/.400/.906/.487) | upset .870/.452 against
  //      .450/.373/.907/.483 (.469/.397/.907/.485) | .859/.688: the same trade again. Heavier
  //      support rows on top do not buy the recall back: supportWeight 3 .467/.385/.904/.479 |
  //      upset .881/.538, 5 .458/.380/.899/.477 | .855/.534.
  // Smaller models, retired rows in: L1 4e-6 14.6 KB .443/.365/.910/.479 | upset .877/.694;
  //   L1 2e-6 22.5 KB .442/.364/.910/.485 | .863/.659: support recall goes first, not taken.
  // The label mapping (anger ∪ annoyance; sadness ∪ grief ∪ disappointment) is the one
  // eval:emotions scores and the data README agrees on; disapproval/disgust as soft targets
  // were tried before (above: no gain), and as hard positives they would train a different
  // target than the one measured.
  // The retired blind-3 customers' train slice as support rows (retiredBlind; its dev slice stays
  // held out: npm run eval:upset -- tests/fixtures/retired-blind/blind-3/customers-blind-3.jsonl
  // --split dev): quick fold .444/.373/.909/.484 | upset .882/.756 against .450/.372/.907/.483 |
  // .859/.688 (the held-out support rows differ by the retired ones). Trained in full and measured
  // on the held-out sets (with plain-question at -1 in both): GoEmotions dev .458/.371/.910/.440
  // against .464/.364/.912/.446; support dev upset P .892 R .675 against .889 .678; blind-3 dev
  // slice P .933 R .609 either way; support dev sadness F1 .649 against .613. Nothing measurable
  // for "upset", and frustration further from the baseline: left off (retiredBlind false).
  // Kept: plain-question at -1 instead of -2 (lib/classify/cues/plain-question.ts). Quick fold:
  // support confusion F1 .554 -> .671 (P .783 -> .814, R .429 -> .571), Reddit confusion .372 ->
  // .373; at -0.5 .384 on Reddit but support P .562, at 0 .398 and P .615. Held out, points chosen
  // again: support dev confusion F1 .667 (P .759 R .594) -> .779 (P .831 R .733); GoEmotions dev
  // confusion .365 -> .364, frustration confident P .739 -> .723 at R .076 (points re-chosen).
  // Issue 15, third pass (branch mood3): the cues' weights learned with the model. Each cue in
  // learnedCues is a 0/1 column of the regression (no naive-Bayes scaling, outside the row-length
  // normalisation), trained on Reddit and support rows alike; its learned push per class ships in
  // the model (PACKED_MODEL.cues) in place of the cue's hand-set floors and effects on the four
  // model classes (urgency effects and the gratitude ceilings stay hand-set). Quick fold as above,
  // "Reddit F1 | frustration confident R (at P .80) | support upset P/R at the hint":
  //   floors, as shipped before: .450/.373/.907/.483 | .076 | .859/.688
  //   the 12 frustration-floor cues learned: .463/.370/.906/.481 | .091 | .878/.683
  //   + loud-complaint, repeated-trouble: .467/.368/.907/.480 | .096 | .876/.674
  //   + grief, confusion-cues, plain-question, reassurance-calm, own-mistake (all 19):
  //     .474/.401/.907/.485 | .099 | .877/.643
  //   all but grief: .472/.403/.906/.481 | .097 | .873/.652; all but grief and sarcasm:
  //     .470/.401/.907/.481 | .097 | .875/.665. Sarcasm's learned frustration push came out 0.00
  //     (on Reddit the pattern marks banter as often as anger) and cost the support rows "great,
  //     another survey"; grief's is within noise either way, and a bereavement must never depend
  //     on the words around it: both keep their hand-set floors.
  //   all 19 at supportWeight 0.5: .479/.400/.909/.487 | .101 | .878/.389 (the support rows carry
  //     support recall, cues or not); all but grief at 2: .463/.415/.907/.480 | .091 | .885/.697;
  //     all 19 at 3: .449/.410/.907/.474 | .087 | .884/.724.
  // Learned pushes (fold 0, all 19), frustration: anyone-there +2.29, waiting-on-hold +1.97,
  // sarcastic-thanks +1.86 (gratitude -2.76), flat-delay +1.74, missing-bag-refund +1.66,
  // broken-promise +1.36, support-complaint +1.15, repeated-contact +0.96, loud-complaint +0.88,
  // negated-praise +0.77, repeated-trouble +0.66, problem-report +0.59, stated-frustration +0.56,
  // reassurance-calm -0.79, own-mistake -1.06 (sadness +0.49, hand-set -1.5); plain-question
  // confusion +0.72 (hand-set -1), confusion-cues +0.81. So a cue that means little on Reddit
  // (problem-report, stated-frustration) now pushes little, one that marks complaints a lot.
  // Did not help (quick fold):
  //   the domain column off (all 19): .460/.402/.906/.482 | .101 | .832/.715.
  //   a second column per cue, on when the message also uses support words (features.ts
  //   DOMAIN_WORDS), shipped and applied in that register: .471/.401/.904/.483 | .097 | .871/.643;
  //   with the domain column off .462/.402/.905/.483 | .099 | .827/.738.
  //   the support words as a learned, shipped register column of their own: with the domain column
  //   .470/.404/.906/.483 | .097 | .888/.643; without it .464/.406/.906/.484 | .099 | .742/.805.
  //   hand-set floors kept in messages with support words only: .473/.401/.907/.485 | .099 |
  //   .866/.643 (the support rows lost are near-threshold ones, not cue misses).
  //   intensity boosts (capitals, "!!!") off: frustration .475 against .474.
  //   naive-Bayes counts from the Reddit rows only: .480/.406/.903/.483 | .097 | .891/.407.
  //   feature augmentation (Daumé 2007: a support-only copy of every bucket, learned and dropped):
  //   .468/.389/.909/.483 | .109 | .907/.222; at supportWeight 3 .451/.387/.910/.478 | .101 | .929/.357.
  // Full 5-fold, all but grief and sarcasm: supportWeight 1.5 .484/.400/.902/.486 | .111 | .906/.630;
  // 2 .477/.395/.902/.484 | .106 | .902/.681, against the floors' .469/.381/.901/.484 | .088 |
  // .872/.676. Chosen: 2, better than the floors on every figure (1.5 buys Reddit with support recall);
  // quick fold at 2: .461/.417/.906/.480 | .093 | .890/.697.
  // A learned push cannot say "rare on Reddit, near-certain on a support desk": the domain column
  // takes the support base rate and the push is shared by both domains, so the mixed
  // message ("Thanks for the quick reply, but this is the third time...") stayed below the hint.
  // Training rows, cue hits on Reddit (share upset) | on support rows (share upset):
  //   repeated-contact 37 (.19) | 47 (.94); waiting-on-hold 8 (0) | 27 (1.00); flat-delay 5 (.20)
  //   | 10 (1.00); missing-bag-refund 2 (0) | 18 (1.00); anyone-there 3 (0) | 7 (1.00);
  //   sarcastic-thanks 4 (.25) | 2 (1.00); broken-promise 30 (.10) | 84 (.95); against
  //   problem-report 108 (.22) | 95 (.76), support-complaint 184 (.40) | 87 (.90),
  //   stated-frustration 100 (.40) | 3 (.67), repeated-trouble 386 (.21) | 67 (.79).
  // So the first seven keep their hand-set floors as well (keptFloors): quick fold at 2
  // .459/.417/.906/.480 | .093 | .885/.697 (at 1.5 .469/.401/.907/.481 | .097 | .875/.665).
  // CV_QUICK=1 npx tsx scripts/gap-classifier.ts at this config: baseline .448/.281/.906/.471, model
  // logits alone .459/.391/.909/.483, shipped path .459/.417/.906/.480 | upset .885/.697: the cues no
  // longer cost Reddit anything (before: .469 alone, .450 shipped); supportWeight 2 costs the words.
  // Trained in full (npm run train:classifier): out-of-fold .476/.395/.902/.484 | .105 | upset
  // .897/.686 (the floors before: .469/.381/.901/.484 | .088 | .872/.676). Measured once on the held-out
  // sets: eval:emotions dev .465/.352/.907/.450, frustration confident P .759 R .098 (before
  // .464/.364/.912/.446, P .723 R .076); eval:upset support dev P .903 R .692 (before .889/.678).
  // The out-of-fold gain on Reddit frustration did not carry to dev: still under the baseline's .494
  // (npx tsx scripts/baseline-tfidf.ts: .494/.334/.910/.427). Why, read after the fact and not
  // tuned on: the model's logits alone on dev at the shipped hints give .483/.365/.910/.450 (best
  // cut .485; .492 for the model before). The cues now cost .018 instead of .028, but supportWeight
  // 2 cost the words' own ranking .009. Still open: Reddit rows teach the shared word weights what
  // the support rows unteach. The support-words register column and feature augmentation (above)
  // did not keep both; a learned register detector of its own was not tried (it needs its own weights).
  // The tuning fixtures (tests/classify/support-fixtures.test.ts) now miss two complaints whose cues
  // lost their floors and flag three calm requests; the held-out ones catch 16/20 (was 14/20), 0/20 false.
  // Retrained with support part c (1,200 social posts by another hand; same settings): support dev
  // (888) upset P .921 R .727; the earlier 643 .903/.692 -> .908/.702, the social 245 .963/.577 ->
  // .947/.781; GoEmotions dev .465/.352/.907/.450 -> .454/.362/.901/.436 (more support rows pull
  // the shared words further from Reddit's labels). Shipped: the support register is the product's.
  // Fourth pass (branch gate, not merged): a learned register gate, a mixture of two experts.
  // Support rows also carry a support-only copy of every bucket (feature augmentation), and the
  // copies ship with a logistic "message to a company?" gate on the same buckets, trained on each
  // row's domain; scoring is shared + gate(x) · copies on every path, eval and product alike. Quick
  // fold, "Reddit F1 | frustration confident R | support upset P/R": before .452/.411/.906/.481 |
  // .087 | .891/.692; the Reddit-only ceiling (supportWeight 0) .485/.398/.908/.485 | .093 |
  // .900/.326; copies with all-row naive-Bayes counts .448-.456 on frustration at any copy value
  // (0.5-10, soft or hard gate); with Reddit counts for the shared buckets and support counts for
  // the copies, value 3, soft gate .481/.401/.906/.482 | .097 | .876/.749 (hard .484 | .804/.668).
  // Trained in full: 37.2 KB gzip; GoEmotions dev .483/.364/.912/.447 (frustration confident P .694
  // R .076), support dev upset P .893 R .757, against the baseline's .494/.334/.910/.427. Not
  // shipped: still under the baseline on frustration, support precision under .90, 14 KB more, and
  // four behaviour tables broke (capitals no louder, a receipt request flagged). Even a perfect
  // gate only gives the shared words back their Reddit-only quality (.485 on the quick fold).
  // Fifth pass (branch mood5): featurisation, per-class penalties, then size. Quick fold as above
  // (CV_QUICK=1 CV_SIZE=1 npx tsx scripts/cv-classifier.ts), "Reddit F1 | frustration confident R
  // (P .80) | support upset P/R at the hint | gzip of the packed weights":
  //   shipped before (L1 1e-6 for all): .452/.411/.906/.481 | .087 | .891/.692 | 21.1 KB
  // Toward the baseline's featurisation (did not help):
  //   no char n-grams (words + bigrams, as TF-IDF): .418/.367/.908/.443 | .107 | .929/.668 | 20.6 KB
  //   char 4-grams only: .445/.396/.908/.480 | .100 | .929/.634 | 20.7 KB
  //   idf weighting as a prior (elasticNet.idfPower: each bucket's value times idf^p, folded into
  //   the shipped weight): p 0.5 .449/.401/.907/.476 | .092 | .900/.680 | 40.2 KB; p 1
  //   .417/.379/.900/.425 | .036 | .871/.671 | 52.7 KB; p -0.5 .411/.378/.907/.456 | 0 | .890/.686.
  //   naive-Bayes alpha 4: .447/.397/.908/.477 | .085 | .902/.671.
  // Per-class regularisation and class weights (did not help frustration beyond noise, ~±.01 here):
  //   frustration L2 x10: .398 (confident point lost) | .852/.782; x0.2: .457 | .899/.644
  //   positive rows weighted 2 (frustration) and 1.5 (sadness): .455/.411/.906/.480 | .087 | .898/.662
  // Size: almost all shipped weights are level 1 of 40 (frustration 5,288 of 8,990 non-zero), and the
  // size is the count of used buckets (19,140), not the levels. Size/F1 curve:
  //   levels 80: .451/.411/.906/.480 | .091 | .888/.692 | 31.9 KB
  //   L1 3e-6: .451/.398/.907/.476 | .084 | .900/.704 | 13.7 KB; 6e-6: .444/.391/.907/.477 | .084 |
  //     .896/.674 | 8.6 KB
  //   magnitude pruning (pruneLevels, |level| <= k dropped after training): k 1 .450/.389/.908/.481 |
  //     .069 | .881/.674 | 9.6 KB; k 2 .453/.384/.910/.468 | .075 | .894/.610 | 5.6 KB; levels 80 k 2
  //     .449/.394/.908/.479 | .087 | .875/.680 | 12.7 KB; L1 2e-6 + k 1 .447/.391/.909/.480 | .085 |
  //     .875/.677 | 8.1 KB; levels 15 .447/.388/.907/.481 | .076 | .893/.656 | 9.3 KB
  //   Confusion loses first (.411 -> .39) with every shrink: it lives on many small weights. Per
  //   class: pruning k [1,0,1,1] .450/.411/.908/.481 | .069 | .881/.674 | 12.6 KB; [2,0,2,1]
  //   .453/.411/.910/.481 | .075 | .887/.619 | 10.6 KB (pruning without refitting costs support recall).
  //   Per-class L1 (elasticNet.l1Scale, refitted): 3e-6 with confusion 1e-6 .451/.413/.907/.476 | .084
  //   | .900/.704 | 15.7 KB; frustration 4e-6, confusion 1e-6, gratitude 6e-6 .449/.413/.906/.476 |
  //   .084 | .898/.692 | 14.2 KB; frustration 3e-6, confusion 1e-6, gratitude 6e-6, sadness 2e-6
  //   .451/.413/.906/.484 | .084 | .899/.698 | 15.8 KB (shipped); the same with frustration L2 x0.5
  //   .456/.413/.906/.484 | .091 | .903/.677 | 15.9 KB (support recall lower, frustration within noise).
  // As shipped (confusion exactly 1e-6): .451/.411/.906/.482 | .084 | .898/.695 | 15.8 KB. Around it,
  // none better on both sides: L2 3e-6 .457/.405/.903/.480 | .080 | .896/.680 | 18.7 KB; naive-Bayes
  // alpha 1 .454/.415/.907/.477 | .087 | .886/.683; frustration positives x1.5 .454/.411/.906/.482 |
  // .087 | .891/.689; supportWeight 1.5 .458/.407/.906/.481 | .092 | .888/.650, with frustration L2
  // x0.5 .463/.407/.906/.481 | .097 | .901/.634 (support recall goes, as in the passes before).
  // Pruning on top of it: k [1,0,1,0] .449/.411/.905/.482 | .087 | .887/.686 | 12.9 KB; k 1
  // .449/.389/.905/.480 | .087 | .879/.680 | 7.8 KB (not taken: support precision under .90).
  // Trained in full: out-of-fold .467/.393/.899/.484 | .090 | upset .902/.724. Measured once on the
  // held-out sets: eval:emotions dev .450/.362/.903/.452, frustration confident P .741 R .089 (before
  // .454/.362/.901/.436, P .745 R .091); eval:upset support dev P .914 R .738 (before .921/.727);
  // weights 17.5 KB gzip (before 23.0), engine + data + model 81.5 KB (before 86.0). Still under the
  // baseline's .494 frustration and .910 gratitude on dev: no variant of features, penalties or class
  // weights moved Reddit frustration beyond the quick fold's noise (about ±.01) without support recall.
  // CV_QUICK=1 npx tsx scripts/gap-classifier.ts at this config (best cut on fold 0's Reddit rows):
  // baseline .448/.281/.906/.471, model logits alone .451/.395/.911/.485, shipped path
  // .451/.411/.906/.482 | upset .898/.695. On the training fold the model is level with or above the
  // baseline on every class; on dev the baseline is .044 ahead on frustration: the two splits disagree
  // by more than any variant tried here moves (dev has 449 frustrated rows, fold 0 about 1,300).
  // Support corpus part e (700, mostly calm messages naming a complaint's topic), same config, trained
  // in full: out-of-fold .464/.388/.898/.482 | .088 | upset .876/.739 (more rows that are hard to
  // call calm). Held out once: eval:emotions dev .448/.369/.903/.443; support dev (earlier 888) P .919
  // R .736 (before .914/.738); part e's own dev slice (143) P .525 -> .667 at R .778 -> .741: the
  // topic word alone ("The engineer came today.", "The repair is done.") no longer reads as annoyed.
  // Shipped. Part d as well (1,200 more, 55 % calm problem reports): support dev .891/.726 on the 1,262
  // of all four dev slices against .857/.735 before, but confusion fell to .338 (hint threshold -2.0,
  // "Do you ship to Canada?" read as confused) and sadness .444: not shipped, kept outside the repo.
  // Sixth pass (branch mood6): thanks the model misses. On the training rows the shipped scorer left
  // 337 of 2,662 grateful Reddit rows under the hint point (in-sample). Plain thanks are about 20 of
  // them ("tyvm for this advice actually, i was…", "I appreciate the pointer. It definitely sounds…",
  // "Thx man just reached…"); the rest are congratulations, gladness, "welcome to the club" and
  // rows whose label reads as something else. Why the plain ones miss: rows are L2-normalised, so
  // "thx" in a 15-word comment weighs a quarter of "Thx!" alone (short thanks in any of these forms
  // score far above the hint); shorthand is rare enough that gratitude's L1 (2x) zeroes most of its
  // buckets; the tokenizer's negation scope runs over "but" ("Wasn't aware but thanks…" reads
  // "thanks" negated); plain-question's learned push lowers gratitude by 0.64 ("Thanks. How many…?").
  // The sarcasm cues' ceilings and negated-praise touched none of the misses. The support corpus
  // labels "thanks in advance" (0 of 5 grateful) and "I'd appreciate it if…" calm, as the draft rules do.
  // A thanks cue (plain-thanks: shorthand, "appreciate" in the present, "much appreciated", thanks for
  // something done, "you're welcome"; not "I'd appreciate it if", "thanks in advance", "no thanks",
  // "thanks to", "thanks for nothing") fires on 1,047 Reddit training rows (90 % grateful) and 220
  // support rows (89 %). It is in commit 0cccadf (removed after). Full 5-fold out-of-fold
  // (npx tsx scripts/cv-classifier.ts, patches as JSON), "Reddit F1 frustration/confusion/gratitude/
  // sadness | frustration confident R | support upset P/R | support gratitude P/R at the hint":
  //   shipped before: .464/.388/.898/.482 | .088 | .876/.739 | .833/.732
  //   plain-thanks and polite-request both learned: .464/.388/.898/.482 | .089 | .881/.729 | .835/.735.
  //     Pushes: plain-thanks gratitude +1.72, frustration -0.42 (a thankful complaint learned as
  //     calmer); polite-request gratitude +0.26 (Reddit labels 5 of its 10 hits grateful): learned,
  //     it cannot mark a request. Long shorthand thanks still stay under the hint (-1.6 against -0.75).
  //   plain-thanks learned with a kept floor at 0.6, polite-request as a ceiling (0.3):
  //     .465/.389/.898/.480 | .088 | .884/.728 | .826/.766
  //   plain-thanks as a floor only (not learned), the ceiling: .464/.388/.896/.482 | .088 | .876/.739 |
  //     .835/.750 (half the floored rows the model missed are labelled not grateful: "Appreciate the
  //     help!", "Much appreciated comrade!").
  //   plain-thanks learned for gratitude only (cueClasses), the ceiling: .464/.388/.897/.482 | .089 |
  //     .883/.724 | .826/.757; without the ceiling .464/.388/.897/.482 | .089 | .883/.724 | .823/.757;
  //     with plain-question kept out of gratitude as well .464/.388/.898/.482 | .089 | .883/.724 |
  //     .827/.760. Upset still moves although frustration and sadness never see the column: the naive-
  //     Bayes ratios (logCountRatios) normalise each class's counts over every column, cue columns
  //     included, so a new frequent column shifts every word's scaling. With cue columns left out of
  //     those totals (a scratch copy, not committed; it changes the shipped model too), the ceiling in
  //     both: without plain-thanks .464/.390/.898/.482 | .089 | .883/.725 | .840/.730, with it for
  //     gratitude only .464/.390/.897/.482 | .089 | .883/.725 | .825/.757: upset now level, as it
  //     should be, and gratitude still not up. The totals fix alone trades support upset recall
  //     (.739 -> .725) for precision (.876 -> .883): not taken here.
  //   the ceiling alone (polite-request, no new column): .464/.388/.898/.482 | .088 | .876/.739 |
  //     .836/.730: the model untouched, gratitude level on both sets.
  // Quick fold (CV_QUICK=1), the first sort: before .448/.412/.905/.474 | .085 | .886/.699 | .856/.802;
  //   plain-thanks learned .446/.410/.910/.475 | .085 | .884/.728 | .849/.811; + polite-request learned
  //   .447/.410/.909/.477 | .085 | .883/.723 | .850/.820; + a contrast ("but", "however", "though",
  //   "although") ending the tokenizer's negation scope .448/.407/.909/.477 | .085 | .884/.685 |
  //   .849/.811 (support upset recall goes: "not X but Y" complaints). The quick fold's gratitude gain
  //   (+.005) did not survive five folds: about 20 plain thanks in 2,662 grateful rows cannot move F1.
  // Kept: only polite-request's ceiling (hand-set, like sarcasm's), so "thanks in advance" and "I'd
  // appreciate it if…" are not offered as a win; level on every figure above, by the keep rule not a
  // gain (the lead may drop it). npm run train:classifier with it chose the same operating points, so
  // the weights file is unchanged (17.2 KB gzip). Held out once: eval:emotions dev .448/.369/.903/.443
  // (gratitude P .926 R .880), as before; eval:upset support dev P .899 R .736; its gratitude
  // (eval:upset --thanks) P .886 R .732, as before (no dev row at the hint changed).
  // Seventh pass (branch mood2, 2026-12-07): a Reddit-only second opinion added in weight space
  // (redditExpert: weights = mixed + blend[c] · a model fitted on the GoEmotions rows alone, same
  // features and normalisation, so one linear model ships and scoring is unchanged). It asks
  // whether Reddit's own ranking (the supportWeight 0 ceiling above) can come back for frustration
  // and gratitude without a gate. Quick fold through train-classifier (CV_QUICK=1 npx tsx
  // scripts/train-classifier.ts with the patch; its out-of-fold line), "Reddit F1 frustration/
  // confusion/gratitude/sadness | support upset P/R | support gratitude P/R at the hint":
  //   shipped, re-run the same way: .450/.411/.907/.474 | .871/.705 | .856/.802
  //   blend [.3,0,0,0] (frustration only): .463/.411/.907/.474 | .874/.642 | .856/.802
  //   blend [1,0,1,0]: .476/.411/.909/.474 | .874/.500 | .828/.694
  //   blend [.5,0,.5,0]: .467/.411/.911/.474 | .872/.590 | .837/.694
  //   blend [.5,0,.5,0], supportWeight 4: .458/.397/.908/.460 | .896/.645 | .843/.775
  //   blend [1,0,1,0], supportWeight 6: .458/.390/.909/.449 | .904/.595 | .832/.712
  //   blend [0,0,.5,0] (gratitude only): .450/.411/.911/.474 | .871/.705 | .837/.694: Reddit gratitude
  //     +.004, support thanks P -.019 R -.108, upset unchanged.
  // The same trade as every pass before: each point of Reddit frustration the expert gives back
  // costs support upset recall (.1 to .15 of recall per .02 of F1), and heavier support rows to buy
  // the recall back take the Reddit gain with them (and confusion and sadness too). Off.
  // Eighth pass (branch mood3, 2026-12-07): a learned register gate choosing between two weight sets,
  // switched OFF (lib/classify/casual-register.ts; eval-emotions/eval-upset --gated switch it on).
  // The gate (lib/classify/register-gate.ts, scripts/train-register-gate.ts): logistic regression on
  // 4,096 hashed words (the first word hashed apart, digits folded, GoEmotions' "NAME" mask skipped)
  // and 7 cues (long numbers, @handles, addresses/links, line breaks, <= 6 and > 40 words, money),
  // GoEmotions train text (casual) against the support corpus's train split and the retired blind-3
  // and blind-11 train slices (to a company), each side half the loss. 5-fold out-of-fold on those
  // rows (GATE_CV_ONLY=1 npx tsx scripts/train-register-gate.ts '<patch>'), share of casual rows sent
  // to the casual weights at the threshold that lets 1 % of support rows through: 512 buckets
  // 46.4 %, 2,048 70.2 %, 4,096 75.8 %, 8,192 80.9 %; pruning |level| <= 1 73.9 %, <= 2 73.9 %
  // (1.4 KB gzip, taken), <= 3 67.3 %; at a 3 % leak 88.5 % (taken, below).
  // The casual weights (CASUAL_CONFIG, scripts/train-casual-weights.ts): this config on GoEmotions
  // alone, no domain column, no kept floors, points on its own out-of-fold scores. Quick fold
  // (CV_QUICK=1 npx tsx scripts/cv-classifier.ts, Reddit F1 | support upset P/R; its support figures
  // mean little here): 64K .485/.396/.909/.482; 16K .478/.381/.911/.464 (5.2 KB); pruning |level| <= 1
  // .482/.380/.912/.488 (6.1 KB); taken: pruning [1,0,1,1] (confusion lives on small weights), 9.3 KB
  // gzip, full 5-fold out-of-fold .495/.402/.904/.485, frustration confident P .80 R .104.
  // The gated path on fold 0 (CV_QUICK=1 npx tsx scripts/cv-register-gate.ts '<gate patch>' ...: gate,
  // support weights and casual weights each trained without fold 0), "Reddit F1 | frustration
  // confident P/R | support upset P/R | support thanks P/R":
  //   support weights alone .450/.411/.907/.474 | .800/.085 | .871/.705 | .856/.802
  //   casual weights alone  .482/.396/.912/.488 | .800/.096 | .789/.173 | .813/.667
  //   gate, 1 % leak (76 % of Reddit rows routed): hard .471/.403/.906/.485 | .769/.093 | .871/.705 |
  //     .854/.793; soft (scores mixed by the gate's probability) .471/.400/.905/.483 | .873/.694
  //   3 % leak (88 %): hard .477/.407/.909/.487 | .772/.095 | .871/.702 | .854/.793; soft .473 | .870/.679
  //   5 % leak (93 %): hard .479/.394/.910/.488 | .774/.096 | .874/.702 | .853/.784
  //   10 % leak (97 %): hard .482/.396/.911/.487 | .791/.096 | .871/.685 | .850/.766
  // A soft mix was worse than the hard choice everywhere. Short complaints read casual to the gate
  // ("I still haven't received a response." scored by the casual weights lost its floor): a message
  // with one of the kept-floor phrases stays on the support weights whatever the gate says.
  // Held out (npm run eval:emotions -- --gated; npm run eval:upset -- --gated), against the shipped
  // .448/.369/.903/.443 (frustration confident P .736 R .087) and upset P .899 R .736:
  //   1 % leak, before the kept-floor rule: .481/.359/.908/.457 | upset .899/.736
  //   1 % leak: .478/.359/.908/.457 | upset .899/.736
  //   3 % leak: .489/.377/.906/.455, frustration confident P .767 R .102 | upset .898/.730
  //     (support thanks, eval:upset --thanks: P .886 R .732 -> P .884 R .718 gated)
  // Baseline (npx tsx scripts/baseline-tfidf.ts) .494/.334/.910/.427: still under it on frustration
  // (.489) and gratitude (.906), so not shipped. Size with it on: +13.4 KB gzip on the engine bundle
  // (casual weights 9.3 KB, gate 2.1 KB as generated, the rest code); switched off it is not bundled.
  // Ninth pass (branch mood4, 2026-12-07): a stronger casual expert, to switch the gate on. Where the
  // gated path loses, on dev, measured at the start (each once): the casual weights scoring every dev row
  // (picker always casual, a scratch script) .499/.368/.912/.451 against the gate's .489/.377/.906/.455
  // (npm run eval:emotions -- --gated) and the baseline's .494/.334/.910/.427: the expert alone is level
  // with the baseline, not clearly above it, and the gate's routing costs .010 frustration and .006
  // gratitude. More routing does not pay: the gate at a 10 % support leak (GATE_CV_ONLY=1 npx tsx
  // scripts/train-register-gate.ts '{"supportLeak":0.1}': threshold -0.221, 97.1 % of casual rows,
  // 9.7 % of support rows) gives dev .492/.368/.906/.453 and costs support dev upset P .899 R .736 ->
  // .896/.710 and thanks R .732 -> .698 (npx tsx scripts/eval-upset.ts --gated --thanks): over the
  // .01 allowed. Not taken; the threshold stays at the 3 % leak.
  // Per fine label heads (npx tsx scripts/cv-casual-heads.ts; fold 0 of train.tsv, words alone, best
  // cut on the held-out rows): union heads frustration .489, sadness .492; fine heads anger .481,
  // annoyance .310, sadness .542, grief .364, disappointment .262; combined by max frustration .483,
  // sadness .481; by noisy-or .489 / .489; union + max (two heads per class) .493 / .493. The fine
  // heads lose by max (annoyance and disappointment are the noisy halves, and a max takes each
  // head's false alarms), and the stack gains .004 / .001, inside the fold's noise, for twice the
  // weights: not taken.
  // The casual expert's L1 per class, same fold and reading (npx tsx scripts/cv-casual-heads.ts
  // '{"frustration":["anger","annoyance"],"frust_half":[...],...}' '{"frust_half":0.5,...}'):
  // frustration L1 x1 .489, x0.5 .491, x2 .490; gratitude x2 (as shipped) .910, x1 .909: flat.
  // So the gate stays off: no variant here puts the expert clearly above the baseline on dev.
  // Tenth pass (branch mood6, 2026-12-07): an ensemble of two views for the casual path. The word view
  // (commit c5e9d6a: lib/classify/word-view.ts, its weights and the scoring hook; scripts/cv-word-view.ts
  // and WORD_VIEW_CONFIG stay): the baseline's view in a shippable form, lower-cased \b\w\w+\b words
  // hashed into buckets, smooth idf per bucket (rounded to 0.25; 0 where no training word fell), l2 rows,
  // L2 logistic regression with C 1 (baseline-tfidf.ts's fitClass), GoEmotions train alone; its logit
  // added to the casual expert's with a per-class mix (the ratio of the weights of a two-input logistic
  // stack fitted on out-of-fold logits). 5-fold out-of-fold on train.tsv (npx tsx scripts/cv-word-view.ts
  // '<patch>'), best F1 per class:
  //   exact baseline (scikit-learn's vocabulary) .471/.307/.897/.449
  //   word view 16K buckets .452/.309/.893/.436 float, .452/.306/.894/.436 quantised (±20 levels), 16.3 KB
  //     gzip (idf at 1 + k·0.25 with unseen buckets at the top idf: .452/.308/.894/.436, the same)
  //   word view 64K .465/.310/.895/.449 float, .463/.306/.894/.445 quantised, 29.4 KB: hashing costs .006-.019
  //   casual expert alone (model logits) .495/.397/.904/.484
  //   + word view 16K, mean of logits .498/.394/.905/.485; stacked (mix .66/.19/.49/.65) .499/.396/.905/.486
  //   + word view 64K, mean .500/.395/.905/.488; stacked (mix .79/.19/.52/.78) .500/.395/.906/.489
  //   whole casual path (cues, intensity, points chosen on it): alone .495/.402/.904/.486, frustration
  //     confident P .80 R .104; + word view 16K .498/.404/.904/.489, P .80 R .101.
  // So the two views are not as different as hoped (the casual expert hashes words and bigrams too): +.003
  // on frustration, nothing on gratitude. Held out once, gate on (npm run eval:emotions -- --gated):
  // .494/.360/.901/.443, frustration confident P .758 R .105, against the gated path without the word view
  // .489/.377/.906/.455 and the baseline .494/.334/.910/.427: level on frustration, further under on
  // gratitude, and confusion and sadness lost. Support dev (npx tsx scripts/eval-upset.ts --gated --thanks):
  // upset P .888 R .756, thanks P .882 R .700, against .889/.762 and .876/.706 with the gate off (within
  // .01). Not shipped: the word view, its generated weights (17.2 KB gzip at 16K, on top of the gate's 13.4
  // KB) and the casual points re-chosen with it were removed after c5e9d6a (the whole-path line above
  // needs its hook); cv-word-view.ts stays for the next pass. The gate stays off.
  // Eleventh pass (branch mood7, 2026-12-07): the gate switched ON, with the casual weights shipped as a
  // small delta on the support weights, for a size budget of +2 KB gzip on the engine bundle (the full
  // casual model was +13.4 KB). Where Reddit F1 is lost, fold 0 of train (npx tsx scripts/cv-mood-losses.ts,
  // support and casual weights trained without fold 0, points chosen again per variant), "Reddit F1 |
  // support upset P/R | thanks P/R": support weights, shipped path .442/.405/.904/.481 | .885/.799 |
  // .860/.817; every cue off .450/.391/.908/.480 | .890/.748 | .787/.833 (so the cues cost Reddit .008
  // frustration and .004 gratitude, and carry support recall and thanks precision); the casual weights'
  // path .482/.396/.912/.488 (eighth pass). So most of the frustration gap is the mix (support rows), the
  // smaller part the cues; per-cue lines were cut for time (the script takes cue ids).
  // The delta (scripts/casual-delta.ts): the support model's logits on each GoEmotions row are the
  // starting point of an elastic-net fit on GoEmotions alone (TrainConfig-free: Example.base), so the L1
  // keeps only what casual talk changes; casual weights = support + delta (model.ts addModels, summed once
  // at first use). Fold 0 (CV_SUPPORT_CACHE=... CASUAL_DELTA='[...]' npx tsx scripts/cv-register-gate.ts),
  // casual weights alone, bytes = gzip of the packed delta:
  //   L1 3e-5, all classes: .464/.400/.906/.482, 2,167 B;  L1 1e-5, all classes: 7,985 B (F1 not run)
  //   L1 3e-5, frustration and gratitude only: .464/.402/.906/.482, 870 B
  //   L1 6e-5, frustration and gratitude (L1 x1): .449/.402/.906/.482, 642 B
  // Gated (hard), the gate as shipped before (prune 2, 1.5 KB in the bundle): .462/.403/.901/.484; the gate
  // pruned at 5 (0.6 KB): .454/.403/.898/.482; support upset and thanks unchanged (.885/.799, .860/.817).
  // Gratitude fell from .906 (casual alone) to .901 gated: each weight set's points were chosen on all
  // Reddit rows, but each scores only its share. scripts/casual-points.ts chooses the casual points for the
  // two together (unrouted rows count at the support path's verdict): fold 0 gated .454/.405/.906/.483
  // (pruned gate, frustration and gratitude delta).
  // Held out once (look 1; npx tsx scripts/eval-emotions.ts, gate on): .462/.363/.889/.453 against the
  // gate off .445/.352/.900/.461 and the baseline .494/.334/.910/.427; support dev (npx tsx
  // scripts/eval-upset.ts --thanks) upset P .889 R .764, thanks P .883 R .706 (gate off .889/.762,
  // .883/.706). Gratitude and sadness lost on dev: the gratitude delta and the re-chosen sadness points.
  // Shipped: the delta for frustration alone (CASUAL_DELTA_CLASSES), the other classes on the support
  // weights and points exactly (addModels keeps an untouched class's levels), the gate pruned at 5. Fold 0
  // gated .454/.405/.904/.481. Held out (look 2): .462/.352/.896/.461, the gate off .445/.352/.896/.461
  // (npx tsx scripts/eval-emotions.ts --ungated; gratitude is .896 on this tree, not .900); support dev upset
  // P .889 R .764, thanks P .883 R .706. Engine bundle 121,122 -> 123,550 B gzip (+2.4 KB: over the 2 KB
  // budget by ~0.4 KB; zero cue pushes in the delta file and a gate pruned at 6 would pay it back). Still
  // under the baseline on frustration (.462 against .494) and gratitude (.896 against .910).
  // Twelfth pass (branch mood8, 2026-12-07): upset precision on messages by other hands. The retired blind-17
  // customers' train slice (320) joined the register gate's rows as blind-11's did (train-register-gate.ts:
  // out-of-fold 68.6 % of casual rows routed at a 2.67 % support leak before, 69.1 % at 2.73 % after; the casual
  // weights re-run on it: fold 0 gated .453/.405/.904/.481, hint -1.487 -> -1.490). Held out, before -> after
  // (npx tsx scripts/eval-upset.ts [--split dev --thanks]; npx tsx scripts/eval-emotions.ts): support dev upset
  // P .889 R .764 -> .889/.762, thanks .883/.706 unchanged; blind-17 dev slice (87) .814/.854, blind-11 dev
  // slice 1.000/.758, blind-3 dev slice .933/.609 and GoEmotions .462/.352/.896/.461 all unchanged.
  // Where the false upsets of other hands come from (their train slices, never in the mood model's rows, scored
  // as shipped: 47 false of 1,000; blind-17's slice P .760 R .715): 29 frustration from the model's words alone,
  // scores .50-.75 (a payment or refund stated flatly, "Delay Repay claim… 38 minutes late", a deadline worry),
  // 16 sadness (a polite cancellation, a request naming a daughter or a mother, "sorry for the short notice", a
  // sincere thank-you that mentions a late father), 2 both; a cue's floor decides 9 (6 frustration, 3 sadness).
  // Much of it is labelling: blind-3's writer counts a worried deadline as upset, blind-17's counts neither that
  // nor a delay stated flatly, and the support corpus counts the delay (flat-delay: 10 of 10 hits upset).
  // Bands of the model's logits, other hands' slices | support fold 0 out of fold: sadness alone within 1.0 above
  // its hint 13 of 22 upset (support train in sample 35 of 79); frustration within 0.4 below its hint about 4 in 5.
  // So the support weights' hints were moved apart (scripts/cv-support-points.ts, out-of-sample rows only: the
  // three slices with the shipped weights and support fold 0 with the weights fitted without it; best "upset"
  // precision within .01 of recall): frustration -0.125, sadness +1.25 on all, chosen alike leaving any one set
  // out, and better on each left-out set (support fold 0 P .885 R .801 -> .901/.794, blind-3 .981/.824 ->
  // .987/.809, blind-11 .894/.775 -> .921/.739, blind-17 .760/.721 -> .786/.757). It did not carry to dev:
  //   look 1, on every message the gate leaves on the support weights: support dev .891/.764, blind-17 dev
  //     .829/.829, blind-3 dev .938/.652, blind-11 unchanged, but GoEmotions sadness .461 -> .430 (the third of
  //     Reddit rows the gate cannot call casual lost the Reddit point) and frustration .457;
  //   look 2, only where the gate's out-of-fold logit reads clearly as to a company (under -0.118: 3 % of casual
  //     rows, 84 % of support rows; Reddit points in between): GoEmotions .462/.352/.896/.460, but support dev
  //     .887/.758 and blind-17 dev .810/.829, under the points as they were.
  // Within a row or two of the points as shipped on support dev (a change of .002 in P is one message), so not
  // shipped; cv-support-points.ts stays for the next pass. Two looks at the dev splits in all, one per candidate.
  // Gratitude (.896 on dev against the baseline's .910): where fold 0 loses it (CV_SUPPORT_CACHE=<file>
  // LOSSES_SUPPORT_ONLY=1 npx tsx scripts/cv-mood-losses.ts <cue ids>; support weights, points chosen again per
  // line, "Reddit F1 | support upset P/R | support thanks P/R"): shipped path .442/.405/.904/.481 | .885/.799 |
  // .860/.817; every cue off .450/.391/.908/.480 | .890/.748 | .787/.833. One cue off at a time, gratitude moves
  // only for plain-question (learned gratitude push -0.68: .906, but confusion .393 and thanks R .792) and
  // request-sign-off (ceiling 0.3 on "…? Thanks!": .906, but thanks P .798); polite-request, sarcasm, sarcastic-
  // thanks, negated-praise, problem-report, loud-complaint: .904. So the cues cost Reddit gratitude .004 of the
  // .014 gap, each part buying support thanks precision or recall; the rest is the words (the support rows' mix,
  // as in the passes above). Nothing here is worth a look at dev; left as it is.
  supportWeight: 2,
  domainColumn: true,
  pointsOn: 'reddit',
  retiredBlind: false,
  learnedCues: [
    'anyone-there',
    'broken-promise',
    'flat-delay',
    'missing-bag-refund',
    'negated-praise',
    'problem-report',
    'repeated-contact',
    'sarcastic-thanks',
    'stated-frustration',
    'support-complaint',
    'waiting-on-hold',
    'loud-complaint',
    'repeated-trouble',
    'confusion-cues',
    'plain-question',
    'reassurance-calm',
    'own-mistake',
  ],
  keptFloors: [
    'repeated-contact',
    'waiting-on-hold',
    'flat-delay',
    'missing-bag-refund',
    'anyone-there',
    'sarcastic-thanks',
    'broken-promise',
  ],
};

/**
 * The casual-talk weights (scripts/train-casual-weights.ts), for messages the register gate
 * (lib/classify/register-gate.ts) reads as talk among people rather than to a company: the
 * shipped config on GoEmotions alone. Switched off; numbers in the eighth pass above.
 */
export const CASUAL_CONFIG: TrainConfig = {
  ...CONFIG,
  supportWeight: 0,
  domainColumn: false,
  keptFloors: [],
  pruneLevels: [1, 0, 1, 1],
  // Eleventh pass: fitted as a delta on the support weights (scripts/casual-delta.ts), frustration and
  // gratitude only (confusion and sadness lose nothing to the mix), ten times the support L1 so it ships small.
  elasticNet: { l1: 3e-5, l2: 1e-5, iterations: 200, l1Scale: [1, 1000, 2, 1000] },
};

/** The classes the casual delta may move (eleventh pass): the others score casual talk as the support weights do. */
export const CASUAL_DELTA_CLASSES: readonly ModelSignal[] = ['frustration'];

export interface WordViewConfig {
  /** Hash buckets for the words (a power of two). */
  buckets: number;
  /** Inverse L2 strength, as scikit-learn's C (the baseline's 1). */
  C: number;
  /** Weight levels -levels..levels per class, and |level| <= prune dropped. */
  levels: number;
  prune: number;
  /** idf rounded to k * idfStep, k in 1..2 * idfLevels (0: a bucket no training word fell in). */
  idfStep: number;
  idfLevels: number;
}

/** The word view of scripts/cv-word-view.ts (not shipped): numbers in the tenth pass above. */
export const WORD_VIEW_CONFIG: WordViewConfig = {
  buckets: 16384,
  C: 1,
  levels: 20,
  prune: 0,
  idfStep: 0.25,
  idfLevels: 23,
};
