{{%AUTOESCAPE context="HTML"}}
{{! One item for staff: metadata, body, review history, workflow actions.
    Metadata variables from FillMetadata; ID STATE STATE_CODE NEXT_STAGE BODY_HTML; PUBLIC_LINK; WITHDRAWN (REASON); LATE (REASON);
    CAN_EDIT CAN_SUBMIT CAN_REVIEW CAN_WITHDRAW; REVIEW_REFUSALS (REASON); LATE_WARNING; CALENDAR_FALLBACK (YEARS); REVIEWS (ROUND STAGE REVIEWER DECISION COMMENT AT);
    NO_REVIEWS; AWAITS_RELEASE (WHY); INTERPRETS (TITLE URL STATE FORM; MEDIA_TEXT (TEXT); VIDEO (URL)): an interpretation's policy;
    GATE (ID; INTERPRETATIONS (TITLE URL STATE FORM); CAN_DRAFT; WAIVER (REASON BY AT); CAN_WAIVE (CSRF)): a policy needing its interpretation;
    CONTENT_CHECK (CLEAN; FINDINGS (FIELD KIND BADGE MESSAGE CONTEXT BLOCKING; HAS_SUGGESTION (SUGGESTION); FIX (ID FIELD_CODE START END TEXT CSRF_TOKEN)));
    CONTENT_REASON: the approval needs a reason for blocking findings; ERR_*; CSRF_TOKEN. }}
<nav aria-label="面包屑" class="breadcrumb"><a href="/console/items">信息发布</a> / <span aria-current="page">{{TITLE}}</span></nav>
<header class="page-header"><h1>{{TITLE}}</h1><div><span class="badge state-{{STATE_CODE}}">{{STATE}}</span>{{#PUBLIC_LINK}} <a class="btn btn-secondary btn-small" href="/items/{{INDEX_NO}}">查看公开页面</a>{{/PUBLIC_LINK}}</div></header>
{{#ERR_ACTION}}<div class="alert alert-error" role="alert"><p>{{MSG}}</p></div>{{/ERR_ACTION}}
{{#WITHDRAWN}}<div class="alert alert-info" role="status"><p>已撤回。公开说明：{{REASON}}</p></div>{{/WITHDRAWN}}
{{#IS_REVISION}}<div class="alert alert-info" role="status"><p>这是已发布信息<a href="/console/items/{{ORIGINAL_ID}}">《{{ORIGINAL_TITLE}}》</a>的修订稿，审核通过后替换原信息的内容（索引号不变）。修订说明：{{CHANGE_NOTE}}</p></div>{{/IS_REVISION}}
{{#AWAITS_RELEASE}}<div class="alert alert-info" role="status"><p>{{WHY}}</p></div>{{/AWAITS_RELEASE}}
{{#INTERPRETS}}<section class="card" aria-labelledby="interprets-title">
<h2 class="card-title" id="interprets-title">政策解读</h2>
<p>原文：<a href="{{URL}}">{{TITLE}}</a> <span class="muted">（{{STATE}}）</span></p>
<p>解读形式：{{FORM}}</p>
{{#VIDEO}}<p>视频链接：<a href="{{URL}}" rel="noopener noreferrer">{{URL}}</a></p>{{/VIDEO}}
{{#MEDIA_TEXT}}<details><summary>文字说明 / 文字稿</summary><p class="pre-wrap">{{TEXT}}</p></details>{{/MEDIA_TEXT}}
</section>{{/INTERPRETS}}
{{#GATE}}<section class="card" aria-labelledby="gate-title">
<h2 class="card-title" id="gate-title">政策解读（谁起草谁解读，同步发布）</h2>
<p class="muted">本政策须配发解读：终审通过后，待一份解读也审核通过，两者同时发布。</p>
<ul class="link-list">{{#INTERPRETATIONS}}<li><a href="{{URL}}">{{TITLE}}</a> <span class="muted">{{FORM}} · {{STATE}}</span></li>{{/INTERPRETATIONS}}</ul>
<p class="empty-note muted">尚无解读。</p>
{{#CAN_DRAFT}}<p><a class="btn btn-secondary" href="/console/items/new-interpretation?interprets={{ID}}">起草政策解读</a></p>{{/CAN_DRAFT}}
{{#WAIVER}}<div class="alert alert-info" role="status"><p>经公开办批准不配发解读发布：{{REASON}}（{{BY}}，{{AT}}）</p></div>{{/WAIVER}}
{{#CAN_WAIVE}}<form class="form" method="post" action="/console/items/{{ID}}/waive-interpretation">
<input type="hidden" name="_csrf" value="{{CSRF}}">
<div class="field"><label for="gate-reason">不配发解读即发布的理由（公开办记录，留存审计）</label><input id="gate-reason" name="waiver_reason" type="text" maxlength="500"></div>
<div class="form-actions"><button type="submit" class="btn btn-secondary">记录理由并允许发布</button></div>
</form>{{/CAN_WAIVE}}
</section>{{/GATE}}
{{#CONTENT_CHECK}}<section class="card content-check" aria-labelledby="cc-title">
<h2 class="card-title" id="cc-title">发布前内容检查</h2>
{{#CLEAN}}<p class="alert alert-success">未发现个人信息、涉密标识、错误表述或常见差错。</p>{{/CLEAN}}
{{#FINDINGS}}<div class="cc-finding{{#BLOCKING}} cc-blocking{{/BLOCKING}}">
<p><span class="badge {{BADGE}}">{{KIND}}</span> {{FIELD}}：{{MESSAGE}}</p>
<p class="cc-context"><code>{{CONTEXT}}</code>{{#HAS_SUGGESTION}} → 建议：<code>{{SUGGESTION}}</code>{{/HAS_SUGGESTION}}</p>
{{#FIX}}<form method="post" action="/console/items/{{ID}}/content-fix" class="inline-form"><input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}"><input type="hidden" name="field" value="{{FIELD_CODE}}"><input type="hidden" name="start" value="{{START}}"><input type="hidden" name="end" value="{{END}}"><input type="hidden" name="text" value="{{TEXT}}"><button type="submit" class="btn btn-secondary btn-small">一键替换“{{TEXT}}”</button></form>{{/FIX}}
</div>{{/FINDINGS}}
</section>{{/CONTENT_CHECK}}
<div class="grid grid-2">
<section class="card" aria-labelledby="actions-title">
<h2 class="card-title" id="actions-title">办理</h2>
<p>当前状态：{{STATE}}<span class="muted">{{NEXT_STAGE}}</span></p>
{{#CALENDAR_FALLBACK}}<div class="alert alert-error" role="status"><p>日历未发布：{{YEARS}} 年节假日安排尚未录入，第二十六条的工作日暂按周一至周五计算。</p></div>{{/CALENDAR_FALLBACK}}
{{#LATE_WARNING}}<div class="alert alert-info" role="status"><p>成文日期已超过 20 个工作日，终审发布时须填写逾期原因（《政府信息公开条例》第二十六条）。</p></div>{{/LATE_WARNING}}
{{#CAN_EDIT}}<p><a class="btn btn-secondary" href="/console/items/{{ID}}/edit">编辑</a></p>{{/CAN_EDIT}}
{{#CAN_SUBMIT}}<form method="post" action="/console/items/{{ID}}/submit"><input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}"><button type="submit" class="btn btn-primary">提交审核</button></form>{{/CAN_SUBMIT}}
{{#CAN_REVIEW}}
<form class="form" method="post" action="/console/items/{{ID}}/approve">
<input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
<div class="field"><label for="rv-comment">审核意见（通过时可选）</label><textarea id="rv-comment" name="comment" rows="2"></textarea></div>
<div class="field{{#ERR_LATE_REASON}} has-error{{/ERR_LATE_REASON}}">
<label for="rv-late">逾期发布原因（仅在成文超过 20 个工作日时需要）</label>
{{#ERR_LATE_REASON}}<p class="field-error" id="rv-late-err">{{MSG}}</p>{{/ERR_LATE_REASON}}
<input id="rv-late" name="late_reason" type="text"{{#ERR_LATE_REASON}} aria-describedby="rv-late-err" aria-invalid="true"{{/ERR_LATE_REASON}}>
</div>
{{#CONTENT_REASON}}<div class="field{{#ERR_CONTENT_REASON}} has-error{{/ERR_CONTENT_REASON}}">
<label for="rv-content">内容检查问题的处理理由（发现个人信息或涉密标识，确需公开时填写，留存审计）</label>
{{#ERR_CONTENT_REASON}}<p class="field-error" id="rv-content-err">{{MSG}}</p>{{/ERR_CONTENT_REASON}}
<input id="rv-content" name="content_reason" type="text" maxlength="500"{{#ERR_CONTENT_REASON}} aria-describedby="rv-content-err" aria-invalid="true"{{/ERR_CONTENT_REASON}}>
</div>{{/CONTENT_REASON}}
<div class="form-actions"><button type="submit" class="btn btn-primary">审核通过</button></div>
</form>
<form class="form" method="post" action="/console/items/{{ID}}/reject">
<input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
<div class="field{{#ERR_COMMENT}} has-error{{/ERR_COMMENT}}">
<label for="rj-comment">退回修改意见</label>
{{#ERR_COMMENT}}<p class="field-error" id="rj-comment-err">{{MSG}}</p>{{/ERR_COMMENT}}
<textarea id="rj-comment" name="comment" rows="2"{{#ERR_COMMENT}} aria-describedby="rj-comment-err" aria-invalid="true"{{/ERR_COMMENT}}></textarea>
</div>
<div class="form-actions"><button type="submit" class="btn btn-danger">退回修改</button></div>
</form>
{{/CAN_REVIEW}}
{{#REVIEW_REFUSALS}}<p class="muted">不能审核：{{REASON}}</p>{{/REVIEW_REFUSALS}}
{{#CAN_REVISE}}<form method="post" action="/console/items/{{ID}}/revise"><input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}"><button type="submit" class="btn btn-secondary">修订</button> <span class="muted">建立修订稿，审核通过后替换本信息内容</span></form>{{/CAN_REVISE}}
{{#CAN_WITHDRAW}}
<form class="form" method="post" action="/console/items/{{ID}}/withdraw">
<input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
<div class="field{{#ERR_REASON}} has-error{{/ERR_REASON}}">
<label for="wd-reason">撤回原因（将在公开页面上显示）</label>
{{#ERR_REASON}}<p class="field-error" id="wd-reason-err">{{MSG}}</p>{{/ERR_REASON}}
<input id="wd-reason" name="reason" type="text"{{#ERR_REASON}} aria-describedby="wd-reason-err" aria-invalid="true"{{/ERR_REASON}}>
</div>
<div class="form-actions"><button type="submit" class="btn btn-danger">撤回</button></div>
</form>
{{/CAN_WITHDRAW}}
</section>
<section class="card" aria-labelledby="reviews-title">
<h2 class="card-title" id="reviews-title">审核记录</h2>
{{#NO_REVIEWS}}<p class="empty-state">尚未审核。</p>{{/NO_REVIEWS}}
<ul class="link-list">{{#REVIEWS}}<li>第 {{ROUND}} 轮 {{STAGE}}：{{REVIEWER}} {{DECISION}}（{{AT}}）<br><span class="muted">{{COMMENT}}</span></li>{{/REVIEWS}}</ul>
{{#LATE}}<p>逾期发布原因：{{REASON}}</p>{{/LATE}}
{{#SCHEDULED}}<p>定时发布：{{AT}}</p>{{/SCHEDULED}}
<h3>版本</h3>
<ul class="link-list">{{#VERSIONS}}<li><a href="{{URL}}">第 {{VERSION}} 版</a> {{DATE}} {{KIND}} <span class="muted">{{NOTE}}</span></li>{{/VERSIONS}}</ul>
<p class="empty-note muted">尚未发布</p>
</section>
</div>
<section class="card" aria-labelledby="meta-title">
<h2 class="card-title" id="meta-title">元数据</h2>
<dl class="kv">
<div><dt>索引号</dt><dd>{{INDEX_NO}}</dd></div>
<div><dt>组配分类</dt><dd>{{CATEGORY}}</dd></div>
<div><dt>成文日期</dt><dd>{{WRITTEN_ON}}</dd></div>
<div><dt>发布日期</dt><dd>{{PUBLISHED_ON}}</dd></div>
<div><dt>发布机构</dt><dd>{{PUBLISHER}}</dd></div>
<div><dt>统一编号</dt><dd>{{UNIFIED_NO}}</dd></div>
<div><dt>发文字号</dt><dd>{{DOC_NO}}</dd></div>
<div><dt>有效性</dt><dd>{{VALIDITY}}{{#VALIDITY_CHANGE}}{{#CHANGED_ON}}（{{ON}}）{{/CHANGED_ON}}{{#REPLACED_BY}}，替代信息：<a href="{{URL}}">{{TITLE}}</a>{{/REPLACED_BY}}{{/VALIDITY_CHANGE}}</dd></div>
{{#NORMATIVE}}<div><dt>文件类别</dt><dd>{{KIND}}，实施日期 {{EFFECTIVE_ON}}，有效期至 {{EXPIRES_ON}}</dd></div>{{/NORMATIVE}}
<div><dt>主题分类</dt><dd>{{TOPIC}}</dd></div>
<div><dt>体裁</dt><dd>{{GENRE}}</dd></div>
<div class="kv-wide"><dt>第二十条类别</dt><dd>{{ART20}}</dd></div>
<div class="kv-wide"><dt>公开方式</dt><dd>{{DISCLOSURE}}</dd></div>
<div class="kv-wide"><dt>内容概述</dt><dd>{{SUMMARY}}</dd></div>
</dl>
</section>
<section class="card" aria-labelledby="att-title">
<h2 class="card-title" id="att-title">附件</h2>
<ul class="link-list">{{#ATTACHMENTS}}<li><a href="{{URL}}">{{NAME}}</a> <span class="muted">（{{SIZE}}）</span>{{#CAN_DELETE}}
<form class="inline-form" method="post" action="/console/items/{{ITEM_ID}}/attachments/{{ID}}/delete"><input type="hidden" name="_csrf" value="{{CSRF}}"><button type="submit" class="btn btn-secondary btn-small">删除<span class="sr-only">附件 {{NAME}}</span></button></form>{{/CAN_DELETE}}</li>{{/ATTACHMENTS}}</ul>
<p class="empty-note muted">暂无附件</p>
{{#CAN_EDIT}}
<form class="form" method="post" action="/console/items/{{ID}}/attachments" enctype="multipart/form-data">
<input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
<div class="field"><label for="att-file">上传附件</label><p class="field-hint" id="att-hint">PDF、OFD、DOC/DOCX、XLS/XLSX、WPS/ET、JPG/PNG 或 ZIP；系统按文件内容校验类型。</p><input id="att-file" name="file" type="file" aria-describedby="att-hint"></div>
<div class="form-actions"><button type="submit" class="btn btn-secondary">上传</button></div>
</form>
{{/CAN_EDIT}}
</section>
<section class="card" aria-labelledby="rel-title">
<h2 class="card-title" id="rel-title">相关信息</h2>
<ul class="link-list">{{#RELATED_ITEMS}}<li><a href="{{URL}}">{{TITLE}}</a> <span class="muted">{{DATE}}</span></li>{{/RELATED_ITEMS}}</ul>
<p class="empty-note muted">无相关信息</p>
</section>
<section class="card prose" aria-labelledby="body-title">
<h2 class="card-title" id="body-title">正文</h2>
{{BODY_HTML:none}}
</section>
