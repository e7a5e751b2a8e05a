{{%AUTOESCAPE context="HTML"}}
{{! One 舆情: FillOpinion; RESPONSES (AT CHANNEL CONTENT BY; ITEM (URL TITLE) for a catalogue item; ADDRESS (URL)); NO_RESPONSES; CAN_RESPOND CAN_CLOSE; CHANNELS (VALUE LABEL SELECTED);
    IN_AT IN_CONTENT IN_LINK IN_NOTE; ERR_*; HAS_ERRORS ERRORS; CSRF_TOKEN. }}
<nav class="breadcrumb" aria-label="当前位置"><a href="/console/opinions">舆情回应</a> / <span aria-current="page">{{TITLE}}</span></nav>
<header class="page-header"><h1>{{TITLE}}</h1>
<p><span class="badge opinion-{{LEVEL_CODE}}">{{LEVEL}}</span> <span class="badge badge-muted">{{STATE}}</span>{{#LATE}} <span class="badge badge-error">已超过回应时限</span>{{/LATE}}{{#PRESS_MISSING}} <span class="badge badge-error">24 小时内未举行新闻发布会</span>{{/PRESS_MISSING}}</p></header>
{{#HAS_ERRORS}}<div class="alert alert-error" role="alert"><p>未完成，请处理以下问题：</p><ul>{{#ERRORS}}<li>{{MSG}}</li>{{/ERRORS}}</ul></div>{{/HAS_ERRORS}}
{{#ERR_ACTION}}<div class="alert alert-error" role="alert"><p>{{MSG}}</p></div>{{/ERR_ACTION}}
<div class="case-layout">
<div>
<section class="card" aria-labelledby="op-info">
<h2 class="card-title" id="op-info">舆情</h2>
<dl class="pairs">
<dt>机构</dt><dd>{{AGENCY}}</dd><dt>责任处室</dt><dd>{{DEPARTMENT}}</dd><dt>来源</dt><dd>{{SOURCE}} {{SOURCE_LINK}}</dd><dt>发现时间</dt><dd>{{FOUND}}</dd>
<dt>回应时限</dt><dd>{{DUE}}</dd><dt>首次回应</dt><dd>{{FIRST_RESPONSE}}{{#IN_TIME}}（按时）{{/IN_TIME}}{{#NOT_IN_TIME}}（超时）{{/NOT_IN_TIME}}</dd>
<dt>概要</dt><dd class="pre-wrap">{{SUMMARY}}</dd><dt>研判意见</dt><dd class="pre-wrap">{{ASSESSMENT}}</dd>
{{#CLOSING}}<dt>办结说明</dt><dd class="pre-wrap">{{NOTE}}</dd>{{/CLOSING}}
</dl>
<p><a class="btn btn-secondary btn-small" href="/console/opinions/{{ID}}/edit">修改</a></p>
</section>
<section class="card" aria-labelledby="op-resp">
<h2 class="card-title" id="op-resp">回应记录</h2>
{{#NO_RESPONSES}}<p class="empty-state">尚未回应。</p>{{/NO_RESPONSES}}
<ul class="link-list">{{#RESPONSES}}<li><strong>{{AT}}</strong> {{CHANNEL}}：{{CONTENT}}{{#ITEM}} <a href="{{URL}}">{{TITLE}}</a>{{/ITEM}}{{#ADDRESS}} <a href="{{URL}}" rel="noopener noreferrer">{{URL}}</a>{{/ADDRESS}} <span class="muted">· {{BY}}</span></li>{{/RESPONSES}}</ul>
</section>
</div>
<aside>
{{#CAN_RESPOND}}<section class="card action" aria-labelledby="re-title"><h2 class="card-title" id="re-title">记录回应</h2>
<form class="form" method="post" action="/console/opinions/{{ID}}/respond" novalidate><input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
<div class="field{{#ERR_AT}} has-error{{/ERR_AT}}"><label for="re-at">回应时间</label>
{{#ERR_AT}}<p class="field-error">{{MSG}}</p>{{/ERR_AT}}
<input id="re-at" name="at" type="datetime-local" value="{{IN_AT}}"></div>
<div class="field{{#ERR_CHANNEL}} has-error{{/ERR_CHANNEL}}"><label for="re-channel">回应方式</label>
{{#ERR_CHANNEL}}<p class="field-error">{{MSG}}</p>{{/ERR_CHANNEL}}
<select id="re-channel" name="channel"><option value="">请选择</option>{{#CHANNELS}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/CHANNELS}}</select></div>
<div class="field{{#ERR_CONTENT}} has-error{{/ERR_CONTENT}}"><label for="re-content">回应内容</label>
{{#ERR_CONTENT}}<p class="field-error">{{MSG}}</p>{{/ERR_CONTENT}}
<textarea id="re-content" name="content" rows="4">{{IN_CONTENT}}</textarea></div>
<div class="field{{#ERR_LINK}} has-error{{/ERR_LINK}}"><label for="re-link">发布地址或“回应关切”信息的索引号（可选）</label>
{{#ERR_LINK}}<p class="field-error">{{MSG}}</p>{{/ERR_LINK}}
<input id="re-link" name="link" type="text" value="{{IN_LINK}}" maxlength="500"></div>
<div class="form-actions"><button type="submit" class="btn btn-primary">记录回应</button></div></form></section>{{/CAN_RESPOND}}
{{#CAN_CLOSE}}<section class="card action" aria-labelledby="cl-title"><h2 class="card-title" id="cl-title">办结</h2>
<form class="form" method="post" action="/console/opinions/{{ID}}/close" novalidate><input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
<div class="field{{#ERR_NOTE}} has-error{{/ERR_NOTE}}"><label for="cl-note">办结说明</label>
{{#ERR_NOTE}}<p class="field-error">{{MSG}}</p>{{/ERR_NOTE}}
<textarea id="cl-note" name="note" rows="3">{{IN_NOTE}}</textarea></div>
<div class="form-actions"><button type="submit" class="btn btn-secondary">办结</button></div></form></section>{{/CAN_CLOSE}}
</aside>
</div>
