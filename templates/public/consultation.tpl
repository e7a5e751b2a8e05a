{{%AUTOESCAPE context="HTML"}}
{{! A consultation: FillConsultation (full); COMMENTS (FillComment, public), NO_COMMENTS, PAGINATION; ADOPTION (FillDecisions, HAS_REASONS)
    with REPORT; FORM (ID CSRF_TOKEN NAME CONTACT BODY NAME_OPTIONAL HAS_ARTICLES ARTICLES PRE_MODERATED MAX_CHARS HUMAN_CHECK
    HAS_ERRORS ERRORS ERR_*) while it takes comments. }}
<nav aria-label="面包屑" class="breadcrumb"><a href="/">首页</a> / <a href="/consultations">意见征集</a> / <span aria-current="page">{{TITLE}}</span></nav>
<article class="consultation">
<header class="page-header"><h1>{{TITLE}}</h1>
<p><span class="badge consult-{{PHASE_CODE}}">{{PHASE}}</span> <span class="muted">{{AGENCY}} · 发布日期 {{PUBLISHED_ON}}</span></p></header>
<section class="card consult-facts" aria-labelledby="facts-title">
<h2 class="card-title" id="facts-title">征集说明</h2>
<dl class="pairs">
<dt>征集期</dt><dd>{{OPENS_ON}} 至 {{CLOSES_ON}}（共 {{PERIOD_DAYS}} 日）</dd>
{{#SHORT}}<dt>征集期不足 30 日的理由</dt><dd>{{REASON}}</dd>{{/SHORT}}
<dt>发表意见方式</dt><dd>{{#IS_OPEN}}在本页下方<a href="#comment-form">在线提交</a>{{/IS_OPEN}}{{#IS_UPCOMING}}征集开始（{{OPENS_ON}}）后在本页在线提交{{/IS_UPCOMING}}{{#IS_CLOSED}}征集已结束，不再接收意见{{/IS_CLOSED}}{{#HAS_HOW_TO}}；也可：<span class="prewrap">{{HOW_TO}}</span>{{/HAS_HOW_TO}}</dd>
<dt>已公开意见</dt><dd>{{PUBLISHED_COMMENTS}} 条</dd>
{{#HAS_FILES}}<dt>附件</dt><dd><ul class="file-list">{{#FILES}}<li><a href="{{URL}}">{{NAME}}</a> <span class="muted">{{SIZE}}</span></li>{{/FILES}}</ul></dd>{{/HAS_FILES}}
</dl>
</section>
{{#REPORT}}<section class="card consult-report" aria-labelledby="report-title">
<h2 class="card-title" id="report-title">意见采纳情况（{{ON}} 公布）</h2>
{{/REPORT}}{{#ADOPTION}}<div class="table-wrap" tabindex="0" role="region" aria-label="意见处理结果统计">
<table class="table"><caption>共收到意见 {{TOTAL}} 条</caption>
<thead><tr>{{#COUNTS}}<th scope="col" class="num">{{LABEL}}</th>{{/COUNTS}}</tr></thead>
<tbody><tr>{{#COUNTS}}<td class="num">{{N}}</td>{{/COUNTS}}</tr></tbody></table></div>
{{#HAS_REASONS}}<h3>部分采纳、未采纳的理由</h3>
<ul class="consult-reasons">{{#REASONS}}<li><strong>{{DECISION}}</strong>（{{N}} 条）：{{TEXT}}</li>{{/REASONS}}</ul>{{/HAS_REASONS}}
{{/ADOPTION}}{{#REPORT}}<h3>主要修改情况</h3>
<div class="article-body">{{REPORT_HTML:none}}</div>
</section>{{/REPORT}}
<section class="card" aria-labelledby="draft-title">
<h2 class="card-title" id="draft-title">征求意见稿</h2>
<div class="article-body">{{DRAFT_HTML:none}}</div>
</section>
<section class="card" aria-labelledby="expl-title">
<h2 class="card-title" id="expl-title">起草说明</h2>
<div class="article-body">{{EXPLANATION_HTML:none}}</div>
</section>
</article>
<section aria-labelledby="comments-title" class="consult-comments">
<h2 id="comments-title">公众意见（{{PUBLISHED_COMMENTS}} 条）</h2>
{{#NO_COMMENTS}}<div class="card empty-state"><p>暂无公开的意见。</p></div>{{/NO_COMMENTS}}
<ol class="card-list comment-list">{{#COMMENTS}}
<li class="card" id="comment-{{CID}}"><p class="muted">{{NAME}} · {{AT}} · {{ARTICLE}}{{#DECIDED}} · <span class="badge decision-{{DECISION_CODE}}">{{DECISION}}</span>{{/DECIDED}}</p>
<p class="prewrap">{{BODY}}</p>
{{#DECIDED}}{{#HAS_REASON}}<p class="muted">处理说明：{{REASON}}</p>{{/HAS_REASON}}{{/DECIDED}}</li>{{/COMMENTS}}
</ol>
{{#PAGINATION}}<nav class="pagination" aria-label="意见分页"><p>共 {{TOTAL}} 条，第 {{PAGE}} / {{PAGES}} 页</p><ul>{{#PREV}}<li><a href="{{URL}}" rel="prev">上一页</a></li>{{/PREV}}{{#NEXT}}<li><a href="{{URL}}" rel="next">下一页</a></li>{{/NEXT}}</ul></nav>{{/PAGINATION}}
</section>
{{#FORM}}<section aria-labelledby="form-title" id="comment-form">
<h2 id="form-title">发表意见</h2>
<form class="form card" method="post" action="/consultations/{{ID}}/comments#comment-form" novalidate>
<input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
{{#HAS_ERRORS}}<div class="alert alert-error" role="alert"><p>未提交，请修改以下问题：</p><ul>{{#ERRORS}}<li>{{MSG}}</li>{{/ERRORS}}</ul></div>{{/HAS_ERRORS}}
{{#HAS_ARTICLES}}<div class="field{{#ERR_ARTICLE}} has-error{{/ERR_ARTICLE}}"><label for="cm-article">针对条款</label>
{{#ERR_ARTICLE}}<p class="field-error">{{MSG}}</p>{{/ERR_ARTICLE}}
<select id="cm-article" name="article">{{#ARTICLES}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/ARTICLES}}</select></div>{{/HAS_ARTICLES}}
<div class="field{{#ERR_BODY}} has-error{{/ERR_BODY}}"><label for="cm-body">意见内容</label>
{{#ERR_BODY}}<p class="field-error" id="cm-body-err">{{MSG}}</p>{{/ERR_BODY}}
<textarea id="cm-body" name="body" rows="8" maxlength="{{MAX_CHARS}}" aria-describedby="cm-body-hint{{#ERR_BODY}} cm-body-err{{/ERR_BODY}}"{{#ERR_BODY}} aria-invalid="true"{{/ERR_BODY}}>{{BODY}}</textarea>
<p class="field-hint" id="cm-body-hint">{{MAX_CHARS}} 字以内。{{#PRE_MODERATED}}意见经审核后公开；{{/PRE_MODERATED}}公开时其中的电话号码、身份证号码等个人信息自动隐去。</p></div>
<div class="grid">
<div class="field{{#ERR_NAME}} has-error{{/ERR_NAME}}"><label for="cm-name">姓名{{#NAME_OPTIONAL}}（可选）{{/NAME_OPTIONAL}}</label>
{{#ERR_NAME}}<p class="field-error" id="cm-name-err">{{MSG}}</p>{{/ERR_NAME}}
<input id="cm-name" name="name" type="text" value="{{NAME}}" maxlength="50" autocomplete="name" aria-describedby="cm-name-hint{{#ERR_NAME}} cm-name-err{{/ERR_NAME}}"{{#ERR_NAME}} aria-invalid="true"{{/ERR_NAME}}>
<p class="field-hint" id="cm-name-hint">公开时只显示姓氏，如“张**”。</p></div>
<div class="field{{#ERR_CONTACT}} has-error{{/ERR_CONTACT}}"><label for="cm-contact">联系方式（可选）</label>
{{#ERR_CONTACT}}<p class="field-error">{{MSG}}</p>{{/ERR_CONTACT}}
<input id="cm-contact" name="contact" type="text" value="{{CONTACT}}" maxlength="100" autocomplete="tel" aria-describedby="cm-contact-hint">
<p class="field-hint" id="cm-contact-hint">便于我们就您的意见与您沟通，不会公开。</p></div>
</div>
{{>HUMAN_CHECK}}
<div class="form-actions"><button type="submit" class="btn btn-primary">提交意见</button></div>
</form>
</section>{{/FORM}}
